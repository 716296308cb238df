import type { SaveState } from "./use-session-save";

/** A session finished on an earlier visit is being sent, or just was. */
export function UnsentNotice({ state }: { state: SaveState }) {
  const text =
    state.status === "saved"
      ? "The session you finished earlier is now saved."
      : state.status === "refused"
        ? `The session you finished earlier couldn't be saved: ${state.message}`
        : "A session you finished earlier is saved on this phone. Sending it now…";
  return (
    <p
      role="status"
      className="border-brand-200 bg-brand-50 text-brand-800 mb-6 rounded-lg border px-4 py-3"
    >
      {text}
    </p>
  );
}
