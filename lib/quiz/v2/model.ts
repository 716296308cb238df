// Quiz version 2 (docs/product.md §3): answer keys and values. Stored answers, form control
// names and the schema use these arrays, so a value is spelled in one place. Version-1 names
// stay in ../types.ts: results stored under version 1 are re-scored by version 1.
import { CIRCUMSTANCES, type Circumstance } from "../circumstances";
import {
  ACTIVITY_RESPONSES,
  DAILY_FUNCTIONS,
  DURATIONS,
  LEG_SYMPTOMS,
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_IDS,
  YES_NO,
  type ActivityResponse,
  type DailyFunction,
  type Duration,
  type LegSymptoms,
  type SuddenMoves,
  type TriggerResponse,
  type TypeId,
  type YesNo,
} from "../types";
import { RED_FLAG_KEYS, type RedFlagKey } from "@/lib/safety/red-flags";

export const QUIZ_V2 = 2;

/** The gate asks the eight red flags of lib/safety/red-flags.ts, in that order. */
export const GATE_V2_KEYS = RED_FLAG_KEYS;

export const AGE_BANDS_V2 = ["under16", "16to19", "20to50", "over50"] as const;
export type AgeBandV2 = (typeof AGE_BANDS_V2)[number];

/** NICE NG65 inflammatory back pain features, asked when pain has lasted over 3 months. */
export const IBP_FEATURES = [
  "before35",
  "wakesSecondHalf",
  "buttockPain",
  "easesWithMovement",
  "nsaidHelps",
  "familySpa",
  "relatedCondition",
] as const;
export type IbpFeature = (typeof IBP_FEATURES)[number];
/** NG65: 4 or more features (with onset before 45) → ask about axial spondyloarthritis. */
export const IBP_FEATURES_FOR_FLAG = 4;

/** "Which is worst" and "what eases" may be answered "none of these / not sure". */
export const TYPE_CHOICES_V2 = [...TYPE_IDS, "none"] as const;
export type TypeChoiceV2 = (typeof TYPE_CHOICES_V2)[number];

export { ACTIVITY_RESPONSES, CIRCUMSTANCES, DAILY_FUNCTIONS, DURATIONS, LEG_SYMPTOMS };
export { SUDDEN_MOVES, TRIGGER_RESPONSES, YES_NO };

/** Every v2 key with its value type. Gate keys are the red-flag keys. */
export type QuizV2Values = Record<RedFlagKey, YesNo> & {
  ageBand: AgeBandV2;
  firstEpisode: YesNo;
  duration: Duration;
  startedBefore45: YesNo;
  ibpFeatures: IbpFeature[];
  /** Whole number 0–10. */
  worstPain: number;
  dailyFunction: DailyFunction;
  activityResponse: ActivityResponse;
  recentInjury: YesNo;
  legSymptoms: LegSymptoms;
  /** The legsNeuro question asked again after "both legs"; a yes routes as legsNeuro. */
  legsNeuroRecheck: YesNo;
  circumstances: Circumstance[];
  sittingBending: TriggerResponse;
  standingArching: TriggerResponse;
  suddenMoves: SuddenMoves;
  liftingImpact: TriggerResponse;
  worstTrigger: TypeChoiceV2;
  bestRelief: TypeChoiceV2;
};
export type QuizV2Key = keyof QuizV2Values;
/** A v2 quiz in progress, or a stopped one: whatever is on the path. */
export type QuizV2Draft = Partial<QuizV2Values>;

export const PROFILE_V2_KEYS = [
  "ageBand",
  "firstEpisode",
  "duration",
  "startedBefore45",
  "ibpFeatures",
  "worstPain",
  "dailyFunction",
  "activityResponse",
  "recentInjury",
  "legSymptoms",
  "legsNeuroRecheck",
  "circumstances",
] as const satisfies readonly QuizV2Key[];

export const TYPE_V2_KEYS = [
  "sittingBending",
  "standingArching",
  "suddenMoves",
  "liftingImpact",
  "worstTrigger",
  "bestRelief",
] as const satisfies readonly QuizV2Key[];

export const QUIZ_V2_KEYS = [...GATE_V2_KEYS, ...PROFILE_V2_KEYS, ...TYPE_V2_KEYS] as const;

export const SOFT_FLAGS_V2 = [
  "ageFirstEpisode",
  "oneLegSymptoms",
  "bothLegsSymptoms",
  "slowToSettle",
  "chronic",
  "pregnant",
  "osteoporosis",
  "inflammatory",
] as const;
export type SoftFlagV2 = (typeof SOFT_FLAGS_V2)[number];

export type { TypeId };
