// The one red-flag module (docs/product.md §3 and §6). The quiz gate asks these
// as questions; every red-flag list on the site (articles, the rest-or-move
// guide, the flare-up card, the program page, the disclaimer, the home page and
// the footer) renders these statements through <RedFlagList>. Wording is for
// someone in pain reading on a phone: what to look out for, how soon to act,
// and where to go. Never a diagnosis.
//
// Sources: GIRFT National Suspected Cauda Equina Syndrome Pathway (new pain in
// both legs, retention, saddle sensation and sexual function); NICE NG59 and
// NICE CKS red flags; NICE NG234 (cancer history); NHS back-pain urgent lists.

/** How soon to act, most urgent first. The order is the tie-break: the most urgent flag leads. */
export const URGENCIES = ["urgent", "today", "24h", "48h", "2w"] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The two tiers every list shows: get urgent care now, or see a doctor first (with timing). */
export type RedFlagTier = "urgent" | "doctor_first";

export const RED_FLAG_KEYS = [
  "caudaEquina",
  "legsNeuro",
  "feverUnwell",
  "trauma",
  "cancerHistory",
  "infectionRisk",
  "otherCause",
  "weightLossNightPain",
] as const;
export type RedFlagKey = (typeof RED_FLAG_KEYS)[number];

export interface RedFlag {
  key: RedFlagKey;
  urgency: Urgency;
  /** The gate question, answered yes or no. */
  question: string;
  /** Optional line under the question that helps people answer it. */
  help?: string;
  /** The same flag as a list item ("you have …"), used by every red-flag list. */
  sign: string;
  /** The sign in a few words, for a one-line reminder that links to the full list. */
  brief: string;
  /** What to do, how soon and where, in one plain sentence. */
  action: string;
}

export const RED_FLAGS: Readonly<Record<RedFlagKey, RedFlag>> = {
  caudaEquina: {
    key: "caudaEquina",
    urgency: "urgent",
    question:
      "Since the pain began, have you had any of these: difficulty starting or stopping peeing, or not feeling when you need to go; leaking urine or poo; numbness, tingling or a different feeling around your genitals, back passage, buttocks or inner thighs; new problems getting an erection or ejaculating, or less feeling during sex?",
    help: "The area is the part of you that would touch a bike saddle. Many people first notice a change when they wipe after going to the toilet.",
    brief: "new trouble peeing or pooing, or numbness around your genitals or back passage",
    sign: "difficulty starting or stopping peeing, not feeling when you need to go, or leaking urine or poo; numbness, tingling or a different feeling around your genitals, back passage, buttocks or inner thighs (where a bike saddle touches); or new problems with erections, ejaculation or feeling during sex",
    action:
      "Go to an emergency department now, or call your local emergency number. Do not wait to see if it settles.",
  },
  legsNeuro: {
    key: "legsNeuro",
    urgency: "urgent",
    question:
      "Do you have numbness, tingling or weakness in both legs; pain that recently started going down both legs; a leg or foot that is getting weaker; or new unsteadiness when you walk?",
    brief: "numbness or weakness in both legs, or a leg getting weaker",
    sign: "numbness, tingling or weakness in both legs, pain that has recently started going down both legs, a leg or foot that is getting weaker, or new unsteadiness when you walk",
    action:
      "Go to an emergency department now, or call your local emergency number. Do not wait to see if it settles.",
  },
  feverUnwell: {
    key: "feverUnwell",
    urgency: "today",
    question: "Do you have a fever or chills, or feel very unwell, together with the back pain?",
    brief: "a fever, or you feel very unwell",
    sign: "a fever or chills, or you feel very unwell, along with the back pain",
    action:
      "Get seen today: call your GP surgery for an urgent appointment, go to an urgent treatment centre, or call your local urgent-advice line (111 in the UK).",
  },
  trauma: {
    key: "trauma",
    urgency: "today",
    question:
      "Did the pain start after a major accident or fall; after a minor one if you have osteoporosis or take steroid tablets long term; or suddenly after a small strain, cough or lift if you are over 70? Or have you noticed a new lump or a change in the shape of your back?",
    brief: "pain that started after a bad fall or accident",
    sign: "the pain started after a major accident or fall, after a minor one if you have osteoporosis or take steroid tablets long term, or suddenly after a small strain, cough or lift if you are over 70; or there is a new lump or change in the shape of your back",
    action: "Get checked today at an emergency department (A&E) or an urgent treatment centre.",
  },
  cancerHistory: {
    key: "cancerHistory",
    urgency: "24h",
    question: "Have you ever had cancer?",
    help: "Answer yes even if the cancer was treated a long time ago.",
    brief: "you have had cancer",
    sign: "you have ever had cancer and now have new back pain",
    action:
      "Contact your cancer team or your GP within 24 hours. Go to an emergency department if your legs feel weak or numb, or peeing or pooing changes.",
  },
  infectionRisk: {
    key: "infectionRisk",
    urgency: "48h",
    question:
      "Without a fever: do you have a weakened immune system (for example from medicines such as chemotherapy or steroids), do you inject drugs, or have you had a serious infection in the last few months?",
    brief: "a weakened immune system or a recent serious infection",
    sign: "a weakened immune system, injecting drugs, or a serious infection in the last few months, even without a fever",
    action: "See your GP within 1 to 2 days. If a fever or chills start, get seen the same day.",
  },
  otherCause: {
    key: "otherCause",
    urgency: "today",
    question:
      "Does the pain come with chest pain, tummy pain or a pulsing feeling in your tummy, or does it stay exactly the same whatever you do and however you lie?",
    brief: "chest or tummy pain along with it",
    sign: "chest pain, tummy pain or a pulsing feeling in your tummy along with the back pain, or pain that stays exactly the same whatever you do and however you lie",
    action:
      "Get seen today by your GP or an urgent treatment centre. If you have chest pain, or the tummy pain is severe, call your local emergency number now.",
  },
  weightLossNightPain: {
    key: "weightLossNightPain",
    urgency: "2w",
    question:
      "Have you lost weight without trying, or do you have constant pain at night that no position eases?",
    help: "Pain that wakes you when you turn over and then settles is common and counts as no.",
    brief: "weight loss without trying, or constant pain at night",
    sign: "weight loss without trying, or constant pain at night that no position eases",
    action: "Book an appointment with your GP within 1 to 2 weeks.",
  },
};

/** Plain words for how soon, used as the heading of a safety screen and beside list items. */
export const URGENCY_WORDS: Readonly<Record<Urgency, string>> = {
  urgent: "Get urgent care now",
  today: "Get seen today",
  "24h": "Get advice within 24 hours",
  "48h": "See a doctor within 1 to 2 days",
  "2w": "See a doctor within 1 to 2 weeks",
};

export function tierOf(urgency: Urgency): RedFlagTier {
  return urgency === "urgent" ? "urgent" : "doctor_first";
}

/** Flags in one tier, in gate order. */
export function redFlagsInTier(tier: RedFlagTier): RedFlag[] {
  return RED_FLAG_KEYS.map((key) => RED_FLAGS[key]).filter((flag) => tierOf(flag.urgency) === tier);
}

/** Lower is more urgent. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency);
}

/** Sorts flags most urgent first; equal urgency keeps gate order. */
export function byUrgency(keys: readonly RedFlagKey[]): RedFlagKey[] {
  return [...keys].sort(
    (a, b) =>
      urgencyRank(RED_FLAGS[a].urgency) - urgencyRank(RED_FLAGS[b].urgency) ||
      RED_FLAG_KEYS.indexOf(a) - RED_FLAG_KEYS.indexOf(b),
  );
}

// §6: one "see someone if it is not getting better" timing everywhere.
export const NOT_GETTING_BETTER =
  "If your pain is getting worse, or is not clearly better after 2 to 4 weeks, see a physiotherapist or GP.";
