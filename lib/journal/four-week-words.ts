import type { FourWeekVerdict } from "./four-week-check";

// The four-week check's headline for each verdict, shared by /journal/insights and the
// dashboard's next step so both say the same thing (docs/product.md §5). Improvement is stated
// as an amount, never credited to the plan: pain often eases on its own.

export const CLINICIAN_PROMPT_VERDICTS = ["rose", "noMeaningfulImprovement"] as const;
export type ClinicianPromptVerdict = (typeof CLINICIAN_PROMPT_VERDICTS)[number];

export function promptsClinician(verdict: FourWeekVerdict): verdict is ClinicianPromptVerdict {
  return verdict === "rose" || verdict === "noMeaningfulImprovement";
}

export function fourWeekHeadline(verdict: FourWeekVerdict, change: number): string {
  switch (verdict) {
    case "improved": {
      const points = Math.abs(change);
      return `Your average pain is ${points} ${points === 1 ? "point" : "points"} lower than 4 weeks ago.`;
    }
    case "low":
      return "Your pain has stayed low over the past 4 weeks. Keep doing what helps you.";
    case "rose":
      return "Your pain is higher than 4 weeks ago. Please book an appointment with a physiotherapist or GP soon, and check the warning signs.";
    case "noMeaningfulImprovement":
      return "No meaningful improvement in 4 weeks: consider seeing a physiotherapist or GP.";
  }
}
