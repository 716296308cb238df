import { z } from "zod";
import { isIsoDate, isoDateOf, type IsoDate } from "@/lib/dates/iso-date";
import { JOURNAL_LIMITS } from "./limits";
import { ACTIVITY_RESPONSES, type JournalDay } from "./types";

export { JOURNAL_LIMITS };
import {
  isStorableOrNull,
  isStorableText,
  STORABLE_TEXT_MESSAGE,
} from "@/lib/validations/storable-text";
import {
  boundedList,
  boundedText,
  optionalBoundedText,
  tooLongToRead,
} from "@/lib/validations/bounded-text";

/**
 * The journal entry form's schema, shared by the form (zodResolver) and the server action.
 *
 * It takes FormData-style input: numbers arrive as strings and are coerced, an empty optional
 * field becomes null, and activity rows may arrive as an array, a JSON string, or flat fields
 * named `activities.0.name` / `activities.0.response`. Blank activity rows are dropped so the
 * form can always offer an empty row.
 *
 * Every value is measured before it is read: a string longer than every valid answer is refused
 * unread, before trimming, number parsing or JSON.parse (bounded-text.ts, security review F1).
 */

export const JOURNAL_MESSAGES = {
  date: "Enter the date as YYYY-MM-DD",
  futureDate: "The date can't be in the future",
  pain: "Pain must be a whole number from 0 to 10",
  worstPain: "Worst pain must be a whole number from 0 to 10",
  worstBelowPain: "Worst pain can't be lower than pain",
  sleepHours: "Sleep must be between 0 and 24 hours",
  sleepStep: "Sleep must be in half hours, like 7 or 7.5",
  sleepQuality: "Sleep quality must be a whole number from 1 to 5",
  stress: "Stress must be a whole number from 0 to 10",
  mood: "Mood must be a whole number from 1 to 5",
  activeMinutes: "Active minutes must be a whole number from 0 to 1440",
  activities: "Add up to 10 activities",
  activitiesUnreadable: "The activities couldn't be read; please re-enter them",
  activityName: "Activity name must be 1 to 60 characters",
  activityResponse: "Choose better, same or worse",
  food: "Food must be 500 characters or fewer",
  notes: "Notes must be 2000 characters or fewer",
} as const;

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
/** Longer than every way of writing a valid number (" 1440 ", "7.50"); a longer string is refused unread. */
const NUMBER_TEXT_MAX = 32;
/**
 * The activities as JSON: ten rows of a 60-character name and a response fit many times over,
 * even with every character escaped. A longer string is refused before JSON.parse reads it.
 */
const ACTIVITIES_JSON_MAX = 8_192;

/** Strict on purpose: Number() would also accept "0x1A", "1e1" and " ". */
function toNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (tooLongToRead(value, NUMBER_TEXT_MAX)) return Number.NaN;
  const text = value.trim().replace(",", ".");
  if (text === "") return undefined;
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** Only a string short enough to be an answer is trimmed; a megabyte of spaces is not "blank". */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && !tooLongToRead(value, ACTIVITIES_JSON_MAX) && value.trim() === "")
  );
}

function requiredWhole(min: number, max: number, message: string) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message }),
  );
}

function optionalWhole(min: number, max: number, message: string) {
  return z.preprocess(
    (value) => (isBlank(value) ? null : toNumber(value)),
    z
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .nullable(),
  );
}

function optionalText(max: number, message: string) {
  return optionalBoundedText(max, message).refine(isStorableOrNull, {
    error: STORABLE_TEXT_MESSAGE,
  });
}

const ActivitySchema = z.object({
  name: boundedText(JOURNAL_LIMITS.activityName.max, JOURNAL_MESSAGES.activityName, {
    tidy: (text) => text.trim().replace(/\s+/g, " "),
  })
    .min(JOURNAL_LIMITS.activityName.min, { error: JOURNAL_MESSAGES.activityName })
    .refine(isStorableText, { error: STORABLE_TEXT_MESSAGE }),
  response: z.enum(ACTIVITY_RESPONSES, { error: JOURNAL_MESSAGES.activityResponse }),
});

function activityRows(value: unknown): unknown {
  if (isBlank(value)) return [];
  let rows: unknown = value;
  if (typeof value === "string") {
    if (tooLongToRead(value, ACTIVITIES_JSON_MAX)) return value; // refused below, never parsed
    try {
      rows = JSON.parse(value);
    } catch {
      return value; // fails the array check below with a readable message
    }
  }
  if (!Array.isArray(rows)) return rows;
  return rows.filter((row: unknown) => {
    if (typeof row !== "object" || row === null) return true;
    const { name, response } = row as { name?: unknown; response?: unknown };
    return !(isBlank(name) && isBlank(response));
  });
}

const FLAT_ACTIVITY_KEY = /^activities\.(\d+)\.(name|response)$/;

/** Gathers `activities.N.name` / `activities.N.response` fields into rows, in index order. */
function collectFlatActivities(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.activities !== undefined) return input;
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(record)) {
    const match = FLAT_ACTIVITY_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2] ?? "name"] = value;
    rows.set(index, row);
  }
  if (rows.size === 0) return input;
  const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return { ...record, activities: ordered };
}

/**
 * The latest calendar date anywhere on Earth (UTC+14). A member in New Zealand logging their
 * evening entry is already on "tomorrow" by the server's UTC clock; we can't know their zone
 * here, so we only reject dates that are in the future everywhere.
 */
export function latestDateOnEarth(now: Date = new Date()): IsoDate {
  return isoDateOf(new Date(now.getTime() + 14 * 3_600_000));
}

export type JournalEntrySchemaOptions = {
  /** Today's date for the "not in the future" rule; read at parse time. */
  today?: () => IsoDate;
};

export function createJournalEntrySchema(options: JournalEntrySchemaOptions = {}) {
  const today = options.today ?? (() => latestDateOnEarth());
  const painKeys = new Set<PropertyKey>(["pain", "worstPain"]);

  const fields = z
    .object({
      date: boundedText(10, JOURNAL_MESSAGES.date).superRefine((value, ctx) => {
        if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: JOURNAL_MESSAGES.date });
        else if (value > today())
          ctx.addIssue({ code: "custom", message: JOURNAL_MESSAGES.futureDate });
      }),
      pain: requiredWhole(JOURNAL_LIMITS.pain.min, JOURNAL_LIMITS.pain.max, JOURNAL_MESSAGES.pain),
      worstPain: requiredWhole(
        JOURNAL_LIMITS.pain.min,
        JOURNAL_LIMITS.pain.max,
        JOURNAL_MESSAGES.worstPain,
      ),
      sleepHours: z.preprocess(
        (value) => (isBlank(value) ? null : toNumber(value)),
        z
          .number({ error: JOURNAL_MESSAGES.sleepHours })
          .min(JOURNAL_LIMITS.sleepHours.min, { error: JOURNAL_MESSAGES.sleepHours })
          .max(JOURNAL_LIMITS.sleepHours.max, { error: JOURNAL_MESSAGES.sleepHours })
          .multipleOf(JOURNAL_LIMITS.sleepHours.step, { error: JOURNAL_MESSAGES.sleepStep })
          .nullable(),
      ),
      sleepQuality: optionalWhole(
        JOURNAL_LIMITS.sleepQuality.min,
        JOURNAL_LIMITS.sleepQuality.max,
        JOURNAL_MESSAGES.sleepQuality,
      ),
      stress: optionalWhole(
        JOURNAL_LIMITS.stress.min,
        JOURNAL_LIMITS.stress.max,
        JOURNAL_MESSAGES.stress,
      ),
      mood: optionalWhole(JOURNAL_LIMITS.mood.min, JOURNAL_LIMITS.mood.max, JOURNAL_MESSAGES.mood),
      activeMinutes: optionalWhole(
        JOURNAL_LIMITS.activeMinutes.min,
        JOURNAL_LIMITS.activeMinutes.max,
        JOURNAL_MESSAGES.activeMinutes,
      ),
      activities: z.preprocess(
        activityRows,
        boundedList(ActivitySchema, {
          max: JOURNAL_LIMITS.activities.max,
          message: JOURNAL_MESSAGES.activities,
          notAList: JOURNAL_MESSAGES.activitiesUnreadable,
        }),
      ),
      food: optionalText(JOURNAL_LIMITS.food.max, JOURNAL_MESSAGES.food),
      notes: optionalText(JOURNAL_LIMITS.notes.max, JOURNAL_MESSAGES.notes),
    })
    .superRefine(
      (entry, ctx) => {
        if (entry.worstPain < entry.pain) {
          ctx.addIssue({
            code: "custom",
            path: ["worstPain"],
            message: JOURNAL_MESSAGES.worstBelowPain,
          });
        }
      },
      {
        // Run even when other fields are invalid, so every error shows at once, but only when
        // both pain figures parsed: comparing an invalid one would add a misleading message.
        when: (payload) => !payload.issues.some((issue) => painKeys.has(issue.path?.[0] ?? "")),
      },
    );

  return z.preprocess(collectFlatActivities, fields);
}

export const JournalEntrySchema = createJournalEntrySchema();

/** What a valid entry parses to; the same shape as a journal day. */
export type JournalEntryValues = z.output<typeof JournalEntrySchema>;

// Compile-time guard: a parsed entry can be stored and read back as a JournalDay unchanged.
const _sameShape: (values: JournalEntryValues) => JournalDay = (values) => values;

/**
 * Every issue keyed by its dotted field path ("worstPain", "activities.2.name"), matching the
 * form's field names, so each message can sit next to its field.
 */
export function journalFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
