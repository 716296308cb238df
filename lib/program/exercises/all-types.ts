import { PLAN_TYPES, type PlanType } from "../types";

/** For exercises every plan type uses. */
export const ALL_TYPES: readonly PlanType[] = PLAN_TYPES;
