// Version-2 questions as data, in asking order (docs/product.md §3). The gate's wording comes
// from the one red-flag module; profile and type questions that did not change reuse version
// 1's wording, so a label is written once. Option values are the stored answer values.
import { questionFor } from "../questions";
import type { QuizKey } from "../types";
import { RED_FLAGS, RED_FLAG_KEYS } from "@/lib/safety/red-flags";
import type { QuizV2Key } from "./model";

export type QuestionV2Section = "gate" | "profile" | "type";

export interface QuestionV2 {
  key: QuizV2Key;
  section: QuestionV2Section;
  prompt: string;
  help?: string;
  /** choice: one of the options; scale: 0–10; multi: as many options as apply, or none. */
  kind: "choice" | "scale" | "multi";
  options: readonly { value: string | number; label: string }[];
}

export const SECTION_INTROS_V2: Readonly<Record<QuestionV2Section, string>> = {
  gate: "First, eight safety questions. Most people answer no to all of them.",
  profile: "Now a few questions about you and your pain.",
  type: "Last, how everyday movements affect your back. Think about the past week.",
};

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** A version-1 question whose wording and values are unchanged in version 2. */
function asV1(key: QuizKey & QuizV2Key, section: QuestionV2Section): QuestionV2 {
  const q = questionFor(key);
  return { key, section, prompt: q.prompt, help: q.help, kind: q.kind, options: q.options };
}

const NONE_OF_THESE = { value: "none", label: "None of these, or I'm not sure" } as const;

const GATE: QuestionV2[] = RED_FLAG_KEYS.map((key) => ({
  key,
  section: "gate",
  kind: "choice",
  prompt: RED_FLAGS[key].question,
  help: RED_FLAGS[key].help,
  options: YES_NO,
}));

export const QUESTIONS_V2: readonly QuestionV2[] = [
  ...GATE,
  {
    key: "ageBand",
    section: "profile",
    kind: "choice",
    prompt: "How old are you?",
    help: "LBPfix is for people aged 16 and over.",
    options: [
      { value: "under16", label: "Under 16" },
      { value: "16to19", label: "16 to 19" },
      { value: "20to50", label: "20 to 50" },
      { value: "over50", label: "Over 50" },
    ],
  },
  {
    key: "firstEpisode",
    section: "profile",
    kind: "choice",
    prompt: "Is this the first time you have ever had back pain?",
    options: YES_NO,
  },
  asV1("duration", "profile"),
  {
    key: "startedBefore45",
    section: "profile",
    kind: "choice",
    prompt: "Did your back pain first start before you were 45?",
    options: YES_NO,
  },
  {
    key: "ibpFeatures",
    section: "profile",
    kind: "multi",
    prompt: "Do any of these apply to you? Choose all that do, or none.",
    help: "These help spot a kind of back pain that a GP can test for.",
    options: [
      { value: "before35", label: "It started before I was 35" },
      { value: "wakesSecondHalf", label: "It wakes me in the second half of the night" },
      { value: "buttockPain", label: "I have pain in my buttocks" },
      { value: "easesWithMovement", label: "Moving about eases it; resting does not" },
      { value: "nsaidHelps", label: "Anti-inflammatory tablets help within 2 days" },
      { value: "familySpa", label: "A close relative has spondyloarthritis" },
      {
        value: "relatedCondition",
        label:
          "I have psoriasis, inflammatory bowel disease, uveitis, or inflamed joints or tendons",
      },
    ],
  },
  asV1("worstPain", "profile"),
  asV1("dailyFunction", "profile"),
  asV1("activityResponse", "profile"),
  asV1("recentInjury", "profile"),
  asV1("legSymptoms", "profile"),
  {
    key: "legsNeuroRecheck",
    section: "profile",
    kind: "choice",
    prompt:
      "You said you have symptoms in both legs. Has pain recently started going down both legs, or do you have numbness, tingling or weakness in both legs, a leg or foot that is getting weaker, or new unsteadiness when you walk?",
    options: YES_NO,
  },
  {
    key: "circumstances",
    section: "profile",
    kind: "multi",
    prompt: "Do any of these apply to you? Choose all that do, or none.",
    help: "Your plan changes some exercises for these.",
    options: [
      { value: "pregnant", label: "I am pregnant, or gave birth in the last 6 months" },
      { value: "osteoporosis", label: "I have osteoporosis, or have had a fracture in my spine" },
      { value: "recentSurgery", label: "I had back surgery in the last 12 months" },
    ],
  },
  asV1("sittingBending", "type"),
  asV1("standingArching", "type"),
  asV1("suddenMoves", "type"),
  asV1("liftingImpact", "type"),
  {
    ...asV1("worstTrigger", "type"),
    options: [...questionFor("worstTrigger").options, NONE_OF_THESE],
  },
  {
    ...asV1("bestRelief", "type"),
    options: [...questionFor("bestRelief").options, NONE_OF_THESE],
  },
];

export function questionForV2(key: QuizV2Key): QuestionV2 {
  const question = QUESTIONS_V2.find((q) => q.key === key);
  if (!question) throw new Error(`no version-2 question for ${key}`);
  return question;
}
