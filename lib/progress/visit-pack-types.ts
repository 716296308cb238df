import type { IsoDate } from "@/lib/dates/iso-date";
import type { ActivitiesTable, SleepVsPain, StressVsPain } from "@/lib/journal/insights";
import type { DatedValue } from "./chart-geometry";
import type { FlareEpisode, SessionsSummary } from "./visit-pack-figures";
import type { VisitPackNotes } from "./visit-pack-notes";
import type { VisitPackOptions } from "./visit-pack-options";

/**
 * The visit pack as data (docs/product.md §9), built by server/member/load-visit-pack.ts and
 * drawn by the page, the PDF and a share link's page. Plain data, so each renderer reads the
 * same figures and words.
 */

export type PackQuiz = {
  takenOn: IsoDate;
  outcome: string;
  /** "Flexion intolerant", or null when the quiz stopped before a type. */
  typeLabel: string | null;
  typeInPlainWords: string | null;
  runnerUpLabel: string | null;
  redFlags: string[];
  softFlags: string[];
};

export type PackActivity = {
  name: string;
  readings: DatedValue[];
  sentence: string;
};

export type VisitPackSection =
  | { id: "quiz"; quiz: PackQuiz | null }
  | {
      id: "trend";
      scores: DatedValue[];
      pains: DatedValue[];
      scoreSentence: string;
      painSentence: string;
      /** Daily journal pain over the range, as a second, finer view. */
      journal: { days: number; meanPain: number | null; meanWorstPain: number | null };
    }
  | { id: "abilities"; activities: PackActivity[] }
  | { id: "flares"; episodes: FlareEpisode[]; journalDays: number }
  | { id: "sessions"; summary: SessionsSummary; hasPlan: boolean }
  | { id: "helpsHurts"; table: ActivitiesTable }
  | { id: "sleepStress"; sleep: SleepVsPain; stress: StressVsPain }
  | { id: "notes"; notes: VisitPackNotes; savedOn: IsoDate | null };

export type VisitPack = {
  options: VisitPackOptions;
  /** Days in the range, inclusive. */
  days: number;
  memberName: string | null;
  generatedOn: IsoDate;
  /** The selected sections only, in the pack's order. */
  sections: VisitPackSection[];
};
