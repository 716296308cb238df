import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { JournalEntrySchema } from "@/lib/journal/validation";
import { QuizDraftSchema } from "@/lib/quiz/schema";
import { QuizV2DraftSchema } from "@/lib/quiz/v2/schema";
import { ChangeEmailSchema, ChangePasswordSchema, ResetPasswordSchema, SignUpSchema } from "./auth";
import { CommentSchema } from "./comment";
import { LogSessionSchema } from "./program";

// Security review F1, the rule behind the megabyte tests: a value too long for its field gets
// one issue, the length message, and nothing after the length check reads it. The value below
// would also fail the checks that come after (a NUL for the storable-text check, links for the
// link counter, brackets for a backtracking regex), so a length check that does not abort shows up here as
// a second issue on the same field.

const HOSTILE = "\u0000[http://www.x.y](z) ".repeat(5_000);

function issuesAt(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path[0] === field)
    .map((issue) => issue.message);
}

const cases: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  [
    "sign-up",
    SignUpSchema,
    { name: "Ana", email: "a@example.test", password: "long enough phrase" },
    ["name", "email", "password"],
  ],
  [
    "email change",
    ChangeEmailSchema,
    { email: "a@example.test", currentPassword: "x" },
    ["email", "currentPassword"],
  ],
  [
    "password change",
    ChangePasswordSchema,
    { currentPassword: "x", newPassword: "long enough phrase" },
    ["currentPassword", "newPassword"],
  ],
  [
    "password reset",
    ResetPasswordSchema,
    { token: "t", password: "long enough phrase" },
    ["token", "password"],
  ],
  [
    "comment",
    CommentSchema,
    { slug: "a", name: "Ana", email: "a@example.test", body: "Hello there" },
    ["slug", "name", "email", "body"],
  ],
  [
    "journal entry",
    JournalEntrySchema,
    {
      date: "2026-01-01",
      pain: "3",
      worstPain: "4",
      sleepHours: "7",
      activities: "[]",
      food: "x",
      notes: "y",
    },
    ["date", "pain", "worstPain", "sleepHours", "activities", "food", "notes"],
  ],
  [
    "exercise session",
    LogSessionSchema,
    {
      date: "2026-01-01",
      exerciseIds: ["walk-short-bouts", "cat-camel"],
      effort: "3",
      painBefore: "3",
      painAfter: "2",
      notes: "ok",
      sessionKey: "0b6f1c1e-8f7a-4c1e-9d2b-3f4a5b6c7d8e",
      rating: "cat-camel:too-easy",
    },
    ["date", "effort", "painBefore", "notes", "sessionKey", "rating"],
  ],
  [
    "quiz version 1",
    QuizDraftSchema,
    { worstPain: "5", ageBand: "20to50" },
    ["worstPain", "ageBand"],
  ],
  [
    "quiz version 2",
    QuizV2DraftSchema,
    { worstPain: "5", duration: "under6w" },
    ["worstPain", "duration"],
  ],
];

describe("every free-text field checks its length first and stops there", () => {
  for (const [form, schema, valid, fields] of cases) {
    it(`${form}: a too-long value gets one message and nothing else reads it`, () => {
      for (const field of fields) {
        const padded = issuesAt(
          schema,
          { ...valid, [field]: `${String(valid[field])}${" ".repeat(100_000)}` },
          field,
        );
        expect(padded, `${form} ${field} padded with spaces`).toHaveLength(1);
        expect(
          issuesAt(schema, { ...valid, [field]: HOSTILE }, field),
          `${form} ${field}`,
        ).toHaveLength(1);
      }
    });
  }
});
