// Version-1 quiz questions as data, in display order. Written for someone in
// pain reading on a phone: one idea per question, short sentences, no jargon.
// Option values are the stored answer values (types.ts); labels are free to
// change, values are not.

import { WORST_PAIN_MAX, WORST_PAIN_MIN, type QuizKey, type QuizValues } from "./types";

export type QuestionSection = "gate" | "profile" | "type";

export interface QuestionOption<V> {
  value: V;
  label: string;
}

interface QuestionFor<K extends QuizKey> {
  key: K;
  section: QuestionSection;
  prompt: string;
  help?: string;
  kind: "choice" | "scale";
  options: readonly QuestionOption<QuizValues[K]>[];
}

/** One question; `options[].value` is typed by its key. */
export type Question = { [K in QuizKey]: QuestionFor<K> }[QuizKey];

const YES_NO_OPTIONS = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

const TRIGGER_OPTIONS = [
  { value: "worse", label: "Makes it worse" },
  { value: "none", label: "Makes no difference" },
  { value: "better", label: "Makes it better" },
] as const;

const PAIN_SCALE_OPTIONS: readonly QuestionOption<number>[] = Array.from(
  { length: WORST_PAIN_MAX - WORST_PAIN_MIN + 1 },
  (_, i) => ({ value: WORST_PAIN_MIN + i, label: String(WORST_PAIN_MIN + i) }),
);

/** Short lines a UI can show when a section begins. */
export const SECTION_INTROS: Readonly<Record<QuestionSection, string>> = {
  gate: "First, six safety questions. Most people answer no to all of them.",
  profile: "Now a few questions about you and your pain.",
  type: "Last, how everyday movements affect your back. Think about the past week.",
};

export const QUESTIONS: readonly Question[] = [
  // ---- Red-flag gate (docs/product.md §3, questions 1–6, in this order) ----
  {
    key: "bladderBowel",
    section: "gate",
    kind: "choice",
    prompt:
      "Since the pain began, have you had new trouble controlling your bladder or bowels, or numbness around your genitals, back passage or inner thighs?",
    help: "Numbness here can feel like sitting on a saddle.",
    options: YES_NO_OPTIONS,
  },
  {
    key: "bothLegs",
    section: "gate",
    kind: "choice",
    prompt:
      "Do you have numbness, tingling or weakness in both legs, a leg or foot that is getting weaker, or new unsteadiness when you walk?",
    options: YES_NO_OPTIONS,
  },
  {
    key: "infection",
    section: "gate",
    kind: "choice",
    prompt:
      "Do you have a fever or chills, a weakened immune system, or a recent serious infection? Or do you inject drugs?",
    help: "A weakened immune system can come from some medicines, such as chemotherapy or steroids.",
    options: YES_NO_OPTIONS,
  },
  {
    key: "trauma",
    section: "gate",
    kind: "choice",
    prompt:
      "Did the pain start after a major accident or fall? Or after a minor one, if you have osteoporosis or take steroid tablets long term?",
    options: YES_NO_OPTIONS,
  },
  {
    key: "cancer",
    section: "gate",
    kind: "choice",
    prompt: "Have you ever had cancer, or lost weight without trying?",
    options: YES_NO_OPTIONS,
  },
  {
    key: "nightPain",
    section: "gate",
    kind: "choice",
    prompt: "Do you have constant pain at night that no position eases?",
    help: "Pain that wakes you when you turn over, then settles, is common and counts as no.",
    options: YES_NO_OPTIONS,
  },

  // ---- Profile ----
  {
    key: "ageBand",
    section: "profile",
    kind: "choice",
    prompt: "How old are you?",
    options: [
      { value: "under20", label: "Under 20" },
      { value: "20to50", label: "20 to 50" },
      { value: "over50", label: "Over 50" },
    ],
  },
  {
    key: "duration",
    section: "profile",
    kind: "choice",
    prompt: "How long have you had this bout of back pain?",
    options: [
      { value: "under6w", label: "Less than 6 weeks" },
      { value: "6to12w", label: "6 to 12 weeks" },
      { value: "over3m", label: "More than 3 months" },
    ],
  },
  {
    key: "worstPain",
    section: "profile",
    kind: "scale",
    // The phrase "worst pain (0–10)" matches the site-wide field label
    // (docs/product.md §2), so tests can find this question by label too.
    prompt: "In the last 24 hours, what was your worst pain (0–10)?",
    help: "0 means no pain. 10 means the worst pain you can imagine.",
    options: PAIN_SCALE_OPTIONS,
  },
  {
    key: "dailyFunction",
    section: "profile",
    kind: "choice",
    prompt: "Can you walk, get out of bed and get dressed?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "difficult", label: "Only with great difficulty" },
      { value: "no", label: "No" },
    ],
  },
  {
    key: "activityResponse",
    section: "profile",
    kind: "choice",
    prompt: "How does moving about affect your pain?",
    options: [
      { value: "worseWithAll", label: "Any activity makes it worse, and it keeps getting worse" },
      { value: "stable", label: "Some things hurt, but it is not getting worse" },
      { value: "easesWithMovement", label: "It eases as I move" },
    ],
  },
  {
    key: "recentInjury",
    section: "profile",
    kind: "choice",
    prompt: "Did this start with a specific injury in the last 2 weeks?",
    help: "For example, a strain while lifting, or a knock during sport.",
    options: YES_NO_OPTIONS,
  },
  {
    key: "legSymptoms",
    section: "profile",
    kind: "choice",
    prompt: "Do you have pain, tingling or numbness going down into your legs?",
    options: [
      { value: "none", label: "No" },
      { value: "oneLeg", label: "Yes, in one leg" },
      { value: "bothLegs", label: "Yes, in both legs" },
    ],
  },

  // ---- Type questions (scoring in score.ts) ----
  {
    key: "sittingBending",
    section: "type",
    kind: "choice",
    prompt:
      "Sitting for 30 minutes or more, driving, or bending forward. How does it affect your pain?",
    options: TRIGGER_OPTIONS,
  },
  {
    key: "standingArching",
    section: "type",
    kind: "choice",
    prompt:
      "Standing still, walking a long way, or arching your back. How does it affect your pain?",
    options: TRIGGER_OPTIONS,
  },
  {
    key: "suddenMoves",
    section: "type",
    kind: "choice",
    prompt:
      "Do sudden or awkward moves give you a sharp catch, or a feeling that your back is giving way?",
    help: "For example, standing up, rolling over in bed, twisting, or a sneeze.",
    options: [
      { value: "often", label: "Often" },
      { value: "sometimes", label: "Sometimes" },
      { value: "never", label: "Never" },
    ],
  },
  {
    key: "liftingImpact",
    section: "type",
    kind: "choice",
    prompt: "Lifting, carrying, running or jumping. How does it affect your pain?",
    options: TRIGGER_OPTIONS,
  },
  {
    key: "worstTrigger",
    section: "type",
    kind: "choice",
    prompt: "Which of these makes your pain worst?",
    help: "Pick the one that bothers you most, even if several do.",
    options: [
      { value: "flexion", label: "Sitting a long time, driving or bending forward" },
      { value: "extension", label: "Standing still, walking far or arching back" },
      { value: "instability", label: "Sudden or awkward moves, like standing up or twisting" },
      { value: "load", label: "Lifting, carrying, running or jumping" },
    ],
  },
  {
    key: "bestRelief",
    section: "type",
    kind: "choice",
    prompt: "What eases your pain most?",
    help: "Pick the one that helps most.",
    options: [
      { value: "flexion", label: "Walking, or lying on my front" },
      { value: "extension", label: "Sitting, or bending forward" },
      { value: "instability", label: "Tightening my tummy and moving slowly and steadily" },
      { value: "load", label: "Lying down, or taking weight off my back" },
    ],
  },
];

/**
 * Asked straight after "both legs" is chosen for leg symptoms: the same
 * question as gate 2, framed so it does not feel like a trick.
 */
export const BOTH_LEGS_RECHECK: Question = {
  key: "bothLegs",
  section: "gate",
  kind: "choice",
  prompt:
    "You said you have symptoms in both legs. To be safe, we ask this again: do you have numbness, tingling or weakness in both legs, a leg or foot that is getting weaker, or new unsteadiness when you walk?",
  options: YES_NO_OPTIONS,
};

const BY_KEY = new Map<QuizKey, Question>(QUESTIONS.map((q) => [q.key, q]));

/** The question for a key. Every key has exactly one question (tested). */
export function questionFor(key: QuizKey): Question {
  const question = BY_KEY.get(key);
  if (!question) throw new Error(`No quiz question for key "${key}"`);
  return question;
}
