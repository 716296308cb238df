import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/action-state";
import { LogSessionSchema, SESSION_MESSAGES } from "./program";

// The guided session's extra fields on the one session schema: an optional device-made key
// and one rating per ticked exercise. The plain log form sends neither.

const KEY = "0B6F1C1E-8F7A-4C1E-9D2B-3F4A5B6C7D8E";

const plain = {
  date: "2026-01-01",
  exerciseIds: ["cat-camel", "knee-hugs", "walk-short-bouts"],
  effort: "4",
  painBefore: "5",
  painAfter: "3",
};

function errorsOf(input: Record<string, unknown>) {
  const result = LogSessionSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("LogSessionSchema: session key and ratings", () => {
  it("the plain log form needs neither", () => {
    const values = LogSessionSchema.parse(plain);
    expect(values.sessionKey).toBeUndefined();
    expect(values.ratings).toBeNull();
    expect(LogSessionSchema.parse({ ...plain, sessionKey: "" }).sessionKey).toBeUndefined();
  });

  it("keeps a well-formed key, in lower case as the database writes it", () => {
    expect(LogSessionSchema.parse({ ...plain, sessionKey: KEY }).sessionKey).toBe(
      KEY.toLowerCase(),
    );
  });

  it("refuses a key that is not a UUID", () => {
    expect(errorsOf({ ...plain, sessionKey: "not-a-key" })).toEqual({
      sessionKey: [SESSION_MESSAGES.sessionKey],
    });
  });

  it("turns repeated rating fields into one rating per exercise", () => {
    const values = LogSessionSchema.parse({
      ...plain,
      rating: ["cat-camel:too-easy", "knee-hugs:too-hard", "walk-short-bouts:about-right"],
    });
    expect(values.ratings).toEqual({
      "cat-camel": "too-easy",
      "knee-hugs": "too-hard",
      "walk-short-bouts": "about-right",
    });
    expect(LogSessionSchema.parse({ ...plain, rating: "cat-camel:about-right" }).ratings).toEqual({
      "cat-camel": "about-right",
    });
  });

  it("refuses a rating that is not one of the three, with the rating field's message", () => {
    for (const bad of ["cat-camel:easy", "cat-camel", ":too-easy", "cat-camel:too-easy:x", ""]) {
      expect(errorsOf({ ...plain, rating: [bad] }), bad).toEqual({
        rating: [SESSION_MESSAGES.rating],
      });
    }
  });

  it("refuses a rating for an exercise not ticked, and a second rating for one exercise", () => {
    expect(errorsOf({ ...plain, rating: "bird-dog:too-easy" })).toEqual({
      rating: [SESSION_MESSAGES.ratingNotTicked],
    });
    expect(errorsOf({ ...plain, rating: ["cat-camel:too-easy", "cat-camel:too-hard"] })).toEqual({
      rating: [SESSION_MESSAGES.ratingTwice],
    });
  });

  it("counts the ratings before reading one", () => {
    const many = Array.from({ length: 41 }, () => "cat-camel:too-easy");
    expect(errorsOf({ ...plain, rating: many })).toEqual({ rating: [SESSION_MESSAGES.rating] });
  });
});
