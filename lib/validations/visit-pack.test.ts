import { describe, expect, it } from "vitest";
import { VISIT_PACK_NOTES_INCOMPLETE, VisitPackNotesSchema } from "./visit-pack";

describe("VisitPackNotesSchema", () => {
  it("trims each answer and saves a blank one as empty", () => {
    expect(
      VisitPackNotesSchema.parse({ whatChanged: "  Better  ", mainConcern: "   ", questions: "" }),
    ).toEqual({ whatChanged: "Better", mainConcern: null, questions: null });
  });

  it("refuses a post without the fields, rather than saving three blanks", () => {
    const result = VisitPackNotesSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      VISIT_PACK_NOTES_INCOMPLETE,
      VISIT_PACK_NOTES_INCOMPLETE,
      VISIT_PACK_NOTES_INCOMPLETE,
    ]);
  });

  it("refuses an answer over its limit with one message, before reading it", () => {
    const result = VisitPackNotesSchema.safeParse({
      whatChanged: "",
      mainConcern: "[".repeat(1_000_000),
      questions: "",
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Keep your main concern to 500 characters or fewer.",
    ]);
  });
});
