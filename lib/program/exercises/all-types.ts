import type { PlanType } from "../types";

/** For exercises every plan type uses. */
export const ALL_TYPES: readonly PlanType[] = [
  "flexion",
  "extension",
  "instability",
  "load",
  "mixed",
  "unclear",
];
