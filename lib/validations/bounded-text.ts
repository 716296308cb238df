import { z } from "zod";

// Length first, and nothing after it when the length is wrong. Zod keeps
// running the checks that follow a failing `.max()` unless that check aborts,
// so before this helper a comment's link-counting regex ran on the whole
// submitted text, up to the 1 MB server-action body limit (security review
// F1: 80 000 "[" froze the server for six seconds). Every free-text field
// starts here; refinements and regexes chained after it only ever see text
// of a bounded length.

/**
 * How much longer than the limit the raw text may be before it is tidied:
 * room for whitespace pasted around a value, never room for a megabyte.
 */
export function rawLimit(max: number): number {
  return 2 * max + 64;
}

export type BoundedTextOptions = {
  /** The message when the value is not text at all (missing, or a file); defaults to `tooLong`. */
  missing?: string;
  /** Applied between the two length checks; trims by default. */
  tidy?: (text: string) => string;
};

/**
 * A string of at most `max` characters after `tidy` (trimming by default).
 * The raw value is measured first, before `tidy` or anything chained after
 * reads it; both length checks abort, so a too-long value gets exactly one
 * message and no refinement runs on it.
 */
export function boundedText(max: number, tooLong: string, options: BoundedTextOptions = {}) {
  const { missing = tooLong, tidy = (text: string) => text.trim() } = options;
  return z
    .string({ error: missing })
    .max(rawLimit(max), { error: tooLong, abort: true })
    .overwrite(tidy)
    .max(max, { error: tooLong, abort: true });
}

/** A string that is refused unread when longer than `max` (ids, tokens, enum-like values). */
export function shortString(max: number, tooLong: string, missing: string = tooLong) {
  return z.string({ error: missing }).max(max, { error: tooLong, abort: true });
}

/** For preprocessors: a string too long to be any valid value of a short field (numbers, dates). */
export function tooLongToRead(value: unknown, max: number): boolean {
  return typeof value === "string" && value.length > max;
}

/**
 * Optional free text: blank becomes null, anything else is `boundedText`. The
 * blank test reads the value only when its length could be a real answer, so a
 * megabyte goes to the length check unread.
 */
export function optionalBoundedText(max: number, tooLong: string) {
  return z.preprocess(
    (value) =>
      value === undefined ||
      value === null ||
      (typeof value === "string" && value.length <= rawLimit(max) && value.trim() === "")
        ? null
        : value,
    boundedText(max, tooLong).nullable(),
  );
}

/**
 * A list from repeated form fields, counted before a single item is checked: zod
 * checks every item before it applies `.max()` to the list, and one body can
 * repeat a field tens of thousands of times.
 */
export function boundedList<T extends z.ZodType>(
  item: T,
  limits: { min?: number; max: number; message: string; notAList?: string },
) {
  const { min = 0, max, message, notAList = message } = limits;
  // Zod still runs length checks on a value that is not a list (a string has a length too);
  // `when` keeps a string to the one "not a list" message.
  const isList = (payload: { value: unknown }) => Array.isArray(payload.value);
  return z
    .array(z.unknown(), { error: notAList })
    .refine((list) => list.length >= min, { error: message, when: isList })
    .refine((list) => list.length <= max, { error: message, abort: true, when: isList })
    .pipe(z.array(item, { error: message }));
}

/** Longer than every way of writing a small whole number; a longer string is refused unread. */
const NUMBER_TEXT_MAX = 32;

/**
 * A whole number from min to max typed into a form field: measured before it is read, an
 * empty field is missing, and every failure says `message`.
 */
export function wholeNumber(min: number, max: number, message: string) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && !tooLongToRead(value, NUMBER_TEXT_MAX)
        ? value.trim() === ""
          ? undefined
          : Number(value.trim())
        : value,
    z
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message }),
  );
}
