import fc from "fast-check";
import { NotFoundSignal, RedirectSignal } from "../quiz-fakes";

// Hostile input for server actions, shaped the way a browser (or a script
// posting multipart by hand) can send it: every FormData value is a string or
// a file, a field can be missing or repeated, and anything can be added.

export const HUGE = 100_000;

/** Strings that break naive parsing: numbers in disguise, markup, JSON, SQL, odd unicode. */
const nasty = [
  "",
  " ",
  "\t\n\r",
  "-1",
  "-0",
  "1.5",
  "7.25",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e3",
  "1e400",
  "0x1A",
  "0b11",
  "9007199254740993",
  "99999999999999999999999",
  "3,5",
  " 4 ",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"__proto__":{"admin":true}}',
  '[{"name":"Walk","response":"better"}]',
  "__proto__",
  "constructor",
  "' or 1=1 --",
  "'; drop table users; --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "../../etc/passwd",
  "2026-02-30",
  "0000-01-01",
  "9999-12-31",
  "2026-13-01",
  "💥🦴🧘‍♀️",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "\uFEFFbom",
  "\uD800", // lone surrogate
  "e\u0301\u0301\u0301",
  "%00",
  "\\u0000",
] as const;

/** A string without NUL characters (Postgres text rejects NUL; those get their own tests). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...nasty), weight: 5 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 2 },
  {
    arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replaceAll("\u0000", "")),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  {
    arbitrary: fc
      .constantFrom("x", "💥", "\u202E", "ه", "<b>")
      .map((unit) => unit.repeat(Math.ceil(HUGE / unit.length))),
    weight: 1,
  },
);

/** A string that certainly contains NUL somewhere. */
export const nulText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
  .map(([a, b]) => `${a}\u0000${b}`);

/** One FormData entry value: text, or a file (formFields turns a file into its name). */
export type FieldValue = string | File;

export const hostileFile: fc.Arbitrary<File> = fc
  .tuple(
    hostileText.filter((s) => s.length < 200),
    fc.constantFrom("text/plain", "application/json", "image/png"),
  )
  .map(([name, type]) => new File(["payload"], name || "blob", { type }));

/** Missing (undefined), one value, or a repeated field. */
export function field(value: fc.Arbitrary<string>): fc.Arbitrary<FieldValue[] | undefined> {
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: value.map((v) => [v]), weight: 6 },
    { arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }), weight: 1 },
    { arbitrary: hostileFile.map((f) => [f]), weight: 1 },
  );
}

/** Unknown extra fields, including ones that name server-side columns and Next's own. */
export const extraFields: fc.Arbitrary<Record<string, FieldValue[]>> = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      "userId",
      "user_id",
      "id",
      "role",
      "status",
      "outcome",
      "__proto__",
      "constructor",
      "$ACTION_ID_x",
      "$ACTION_REF_1",
      "createdAt",
      "admin",
    ),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(
    hostileText.map((v) => [v]),
    fc.array(hostileText, { minLength: 2, maxLength: 3 }),
  ),
  { maxKeys: 3 },
);

export type HostileFields = Record<string, FieldValue[] | undefined>;

/** Builds the FormData a browser would post: every value appended as given, missing ones left out. */
export function toFormData(...parts: HostileFields[]): FormData {
  const data = new FormData();
  for (const part of parts) {
    for (const [key, values] of Object.entries(part)) {
      for (const value of values ?? []) data.append(key, value);
    }
  }
  return data;
}

/** Plain strings into FormData (for valid baselines). */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const one of [value].flat()) data.append(key, one);
  return data;
}

export type Outcome =
  | {
      kind: "state";
      status: "idle" | "success" | "error";
      message?: string;
      fieldErrors?: Record<string, string[]>;
    }
  | { kind: "redirect"; url: string }
  | { kind: "not-found" };

/**
 * Runs an action and says how it answered. A redirect or notFound() is how
 * Next actions end normally; any other exception is what a member would see
 * as a 500, and is rethrown so the property fails with the payload.
 */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run();
    if (result === undefined) return { kind: "state", status: "success" };
    const state = result as {
      status: "idle" | "success" | "error";
      message?: string;
      fieldErrors?: Record<string, string[]>;
    };
    return {
      kind: "state",
      status: state.status,
      message: state.message,
      fieldErrors: state.fieldErrors,
    };
  } catch (error) {
    if (error instanceof RedirectSignal) return { kind: "redirect", url: error.url };
    if (error instanceof NotFoundSignal) return { kind: "not-found" };
    throw error;
  }
}

/** An error ActionState says what is wrong: a message or at least one field error. */
export function isExplainedError(outcome: Outcome): boolean {
  if (outcome.kind !== "state" || outcome.status !== "error") return false;
  const fieldMessages = Object.values(outcome.fieldErrors ?? {}).flat();
  return Boolean(outcome.message) || fieldMessages.length > 0;
}

/** A redirect that stays on this site (no scheme, no //host, no backslash tricks). */
export function isLocalPath(url: string): boolean {
  return (
    url.startsWith("/") &&
    !url.startsWith("//") &&
    !url.includes("\\") &&
    new URL(url, "http://lbpfix.invalid").origin === "http://lbpfix.invalid"
  );
}

/** A random client address per call, so the per-IP rate limits never decide an outcome. */
export function randomIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `198.18.${byte()}.${byte()}`;
}

/** JSON that survives dates and buffers: how a table snapshot is compared before and after. */
export function snapshot(rows: unknown): string {
  return JSON.stringify(rows, (_key, value: unknown) =>
    value instanceof Date ? value.toISOString() : value,
  );
}

export const RUNS = { numRuns: 40 } as const;
