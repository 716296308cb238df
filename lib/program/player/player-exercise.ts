import type { Dose } from "../types";

/** What the player needs of one exercise: plain data, so it crosses to the browser once. */
export type PlayerExercise = {
  id: string;
  name: string;
  purpose: string;
  steps: readonly string[];
  /** "What you should feel". */
  feel: string;
  /** "Stop or ease off if": the exercise's cautions. */
  cautions: readonly string[];
  dose: Dose;
  doseText: string;
  /** The dose was changed from the plan's by the member's ratings (dose adaptation). */
  adjusted: boolean;
  /** Ratings can move its dose (habits and carries keep theirs), so the finish asks for one. */
  adjustable: boolean;
};
