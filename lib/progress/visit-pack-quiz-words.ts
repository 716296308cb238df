import type { SoftFlag } from "@/lib/quiz/types";
import type { SoftFlagV2 } from "@/lib/quiz/v2/model";

/**
 * Each quiz advice flag as a few words for a clinician skimming the visit pack; the result page
 * keeps the full notes the member read. Self-reported answers, so they say what the member
 * told the quiz, never what they have.
 */
export const SOFT_FLAG_BRIEF: Readonly<Record<SoftFlag | SoftFlagV2, string>> = {
  ageOutside20to50: "first bout of back pain before 20 or after 50",
  ageFirstEpisode: "first bout of back pain before 20 or after 50",
  oneLegSymptoms: "pain or tingling down one leg",
  bothLegsSymptoms: "symptoms in both legs",
  slowToSettle: "pain for 6 to 12 weeks",
  chronic: "pain for more than 3 months",
  pregnant: "pregnant or gave birth in the last 6 months",
  osteoporosis: "osteoporosis or a past spinal fracture",
  inflammatory: "answers that can go with inflammatory back pain (asked to check with a GP)",
};
