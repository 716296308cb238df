import { describe, expect, it } from "vitest";
import { createSlugger, slugify } from "./slugger";

describe("slugify", () => {
  it("makes GitHub-style slugs", () => {
    expect(slugify("A: A specific, localised injury")).toBe("a-a-specific-localised-injury");
    expect(slugify("Don't train so hard it slows recovery")).toBe(
      "dont-train-so-hard-it-slows-recovery",
    );
    expect(slugify("From type to plan: Identify, Prescribe, Build resilience")).toBe(
      "from-type-to-plan-identify-prescribe-build-resilience",
    );
    expect(slugify("Crème brûlée — 2 ways")).toBe("creme-brulee-2-ways");
  });
});

describe("createSlugger", () => {
  it("numbers repeated headings and avoids reserved ids", () => {
    const slug = createSlugger(["sources"]);
    expect(slug("When to get checked first")).toBe("when-to-get-checked-first");
    expect(slug("When to get checked first")).toBe("when-to-get-checked-first-1");
    expect(slug("Sources")).toBe("sources-1");
    expect(slug("!!!")).toBe("section");
  });
});
