import type { IsoDate } from "@/lib/dates/iso-date";

export type ActivityResponse = "better" | "same" | "worse";

export const ACTIVITY_RESPONSES: readonly ActivityResponse[] = ["better", "same", "worse"];

export type JournalActivity = { name: string; response: ActivityResponse };

/** One member's journal for one calendar day (one entry per day; editing replaces it). */
export type JournalDay = {
  date: IsoDate;
  /** Typical pain for the day, 0–10. */
  pain: number;
  /** Worst pain for the day, 0–10, never below `pain`. */
  worstPain: number;
  /**
   * The night that ended on the morning of `date` ("how did you sleep last night?"), so an
   * entry's pain is the pain that followed its own night's sleep. Logged on the morning
   * entry because that is when people can answer it.
   */
  sleepHours: number | null;
  /** 1 (very poor) to 5 (very good), same night as sleepHours. */
  sleepQuality: number | null;
  /** 0–10. */
  stress: number | null;
  /** 1 (very low) to 5 (very good). */
  mood: number | null;
  activeMinutes: number | null;
  activities: readonly JournalActivity[];
  food: string | null;
  notes: string | null;
};
