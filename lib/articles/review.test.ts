import { describe, expect, it } from "vitest";
import { reviewDueBy, reviewProblems } from "./review";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("reviewDueBy", () => {
  it("is 18 months after the check", () => {
    expect(reviewDueBy("2026-12-04")).toBe("2028-06-04");
  });

  it("clamps to the end of a shorter month instead of rolling over", () => {
    expect(reviewDueBy("2026-08-31")).toBe("2028-02-29");
    expect(reviewDueBy("2025-08-31")).toBe("2027-02-28");
  });
});

describe("reviewProblems", () => {
  const article = { file: "content/articles/a.mdx", lastReviewed: "2026-12-04" };

  it("accepts a check up to and including the day 18 months on", () => {
    expect(reviewProblems([article], day("2026-12-04"))).toEqual([]);
    expect(reviewProblems([article], day("2028-06-04"))).toEqual([]);
  });

  it("names the article once its check is more than 18 months old", () => {
    const problems = reviewProblems([article], day("2028-06-05"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/articles\/a\.mdx: last checked 2026-12-04, more than 18 months ago/,
    );
  });

  it("rejects a check dated in the future", () => {
    expect(reviewProblems([article], day("2026-12-03"))).toEqual([
      "content/articles/a.mdx: lastReviewed 2026-12-04 is after today (2026-12-03)",
    ]);
  });
});
