// Names and values of the version-1 qualification quiz (docs/product.md §3).
// Stored answers, form control names, zod schemas and pgEnums all reuse these
// arrays, so a value is spelled in exactly one place. Changing any of them
// changes what stored answers mean: bump QUIZ_VERSION instead.

export const QUIZ_VERSION = 1;
export type QuizVersion = typeof QUIZ_VERSION;

// ---- Results -------------------------------------------------------------

export const TYPE_IDS = ["flexion", "extension", "instability", "load"] as const;
export type TypeId = (typeof TYPE_IDS)[number];

export const RESULT_TYPES = [...TYPE_IDS, "mixed", "unclear"] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export const RESULT_TYPE_LABELS: Readonly<Record<ResultType, string>> = {
  flexion: "Flexion intolerant",
  extension: "Extension intolerant",
  instability: "Functional instability",
  load: "Load intolerant",
  mixed: "Mixed pattern",
  unclear: "Unclear pattern",
};

export const CATEGORIES = ["A", "B", "C", "D"] as const;
export type Category = (typeof CATEGORIES)[number];

export const OUTCOMES = ["urgent", "doctor_first", "assessment_first", "candidate"] as const;
export type Outcome = (typeof OUTCOMES)[number];

// ---- Answer values (docs/product.md answer-key table) -------------------------

export const YES_NO = ["yes", "no"] as const;
export type YesNo = (typeof YES_NO)[number];

export const AGE_BANDS = ["under20", "20to50", "over50"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const DURATIONS = ["under6w", "6to12w", "over3m"] as const;
export type Duration = (typeof DURATIONS)[number];

export const WORST_PAIN_MIN = 0;
export const WORST_PAIN_MAX = 10;

export const DAILY_FUNCTIONS = ["yes", "difficult", "no"] as const;
export type DailyFunction = (typeof DAILY_FUNCTIONS)[number];

export const ACTIVITY_RESPONSES = ["worseWithAll", "stable", "easesWithMovement"] as const;
export type ActivityResponse = (typeof ACTIVITY_RESPONSES)[number];

export const LEG_SYMPTOMS = ["none", "oneLeg", "bothLegs"] as const;
export type LegSymptoms = (typeof LEG_SYMPTOMS)[number];

export const TRIGGER_RESPONSES = ["worse", "none", "better"] as const;
export type TriggerResponse = (typeof TRIGGER_RESPONSES)[number];

export const SUDDEN_MOVES = ["often", "sometimes", "never"] as const;
export type SuddenMoves = (typeof SUDDEN_MOVES)[number];

// ---- Answer keys, in the order the quiz asks them -------------------------

// Gate order matters: the quiz stops at the first "yes", and the three
// urgent questions come first so an urgent flag is never hidden behind a
// doctor-first one.
export const URGENT_GATE_KEYS = ["bladderBowel", "bothLegs", "infection"] as const;
export const DOCTOR_FIRST_GATE_KEYS = ["trauma", "cancer", "nightPain"] as const;
export const GATE_KEYS = [...URGENT_GATE_KEYS, ...DOCTOR_FIRST_GATE_KEYS] as const;
export type GateKey = (typeof GATE_KEYS)[number];

export const PROFILE_KEYS = [
  "ageBand",
  "duration",
  "worstPain",
  "dailyFunction",
  "activityResponse",
  "recentInjury",
  "legSymptoms",
] as const;

export const TYPE_KEYS = [
  "sittingBending",
  "standingArching",
  "suddenMoves",
  "liftingImpact",
  "worstTrigger",
  "bestRelief",
] as const;
export type TypeKey = (typeof TYPE_KEYS)[number];

export const QUIZ_KEYS = [...GATE_KEYS, ...PROFILE_KEYS, ...TYPE_KEYS] as const;
export type QuizKey = (typeof QUIZ_KEYS)[number];

// The three "worse / no effect / better" items; a "worse" on any of them is
// what category C's "at least one worse trigger" counts.
export const TRIGGER_KEYS = ["sittingBending", "standingArching", "liftingImpact"] as const;

/** Every key with every value it may take; the basis of drafts and answer sets. */
export interface QuizValues {
  bladderBowel: YesNo;
  bothLegs: YesNo;
  infection: YesNo;
  trauma: YesNo;
  cancer: YesNo;
  nightPain: YesNo;
  ageBand: AgeBand;
  duration: Duration;
  /** Whole number from 0 to 10. */
  worstPain: number;
  dailyFunction: DailyFunction;
  activityResponse: ActivityResponse;
  recentInjury: YesNo;
  legSymptoms: LegSymptoms;
  sittingBending: TriggerResponse;
  standingArching: TriggerResponse;
  suddenMoves: SuddenMoves;
  liftingImpact: TriggerResponse;
  worstTrigger: TypeId;
  bestRelief: TypeId;
}

/** A quiz in progress: whatever has been answered so far. */
export type QuizDraft = Partial<QuizValues>;

/** Every question answered: the gate all "no", then profile and type answers. */
export type FullQuizAnswers = Omit<QuizValues, GateKey> & Record<GateKey, "no">;

/**
 * The quiz ended at a red flag: gate answers up to and including the first
 * "yes", nothing after it. (A "yes" when the both-legs question is asked again
 * is stored the same way as a "yes" the first time: see flow.ts.)
 */
export type GateStoppedAnswers =
  | { bladderBowel: "yes" }
  | { bladderBowel: "no"; bothLegs: "yes" }
  | { bladderBowel: "no"; bothLegs: "no"; infection: "yes" }
  | { bladderBowel: "no"; bothLegs: "no"; infection: "no"; trauma: "yes" }
  | { bladderBowel: "no"; bothLegs: "no"; infection: "no"; trauma: "no"; cancer: "yes" }
  | {
      bladderBowel: "no";
      bothLegs: "no";
      infection: "no";
      trauma: "no";
      cancer: "no";
      nightPain: "yes";
    };

/** A complete, valid answer set (what QuizAnswersSchema outputs). */
export type QuizAnswers = GateStoppedAnswers | FullQuizAnswers;

// ---- Scoring output -------------------------------------------------------

// Advice-only notes; none of them changes the outcome.
export const SOFT_FLAGS = [
  "ageOutside20to50",
  "oneLegSymptoms",
  "bothLegsSymptoms",
  "slowToSettle",
  "chronic",
] as const;
export type SoftFlag = (typeof SOFT_FLAGS)[number];

export interface QuizResult {
  version: QuizVersion;
  outcome: Outcome;
  /** null when the quiz stopped at a red flag (no type questions were asked). */
  type: ResultType | null;
  /** The best-ranked type other than `type` that scored at least one point. */
  runnerUp: TypeId | null;
  scores: Record<TypeId, number>;
  /** null when the quiz stopped at a red flag. */
  category: Category | null;
  /** Gate questions answered "yes", in the order they are asked. */
  redFlags: GateKey[];
  softFlags: SoftFlag[];
}
