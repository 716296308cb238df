// The emergency number the safety screens and red-flag lists offer as a
// tap-to-call link. Set NEXT_PUBLIC_EMERGENCY_NUMBER at build (e.g. 999, 911,
// 000); it is inlined into server and browser code alike, which is why this is
// the one reader of process.env outside lib/env.ts. Unset or malformed, the
// link dials 112 (answered from mobile phones in most countries) and is worded
// "your local emergency number".

const configured = (process.env.NEXT_PUBLIC_EMERGENCY_NUMBER ?? "").trim();
const isDialable = /^\+?[0-9]{2,6}$/.test(configured);

export interface EmergencyNumber {
  /** What the tel: link dials. */
  dial: string;
  /** How the number is named in text. */
  label: string;
}

export const EMERGENCY_NUMBER: EmergencyNumber = isDialable
  ? { dial: configured, label: `the emergency number, ${configured}` }
  : { dial: "112", label: "your local emergency number" };
