import { describe, expect, it } from "vitest";
import { plainText, readingMinutes, wordCount } from "./plain-text";

describe("plainText", () => {
  it("keeps link text, drops destinations including DOIs with parentheses", () => {
    expect(plainText("See [the review](https://doi.org/10.1016/S0140-6736(18)30480-X) now.")).toBe(
      "See the review now.",
    );
  });

  it("drops heading, list, quote and emphasis markers", () => {
    expect(plainText("## Title\n\n- **one**\n1. _two_\n> three `four`")).toBe(
      "Title one two three four",
    );
  });
});

describe("reading time", () => {
  it("counts words, not punctuation", () => {
    expect(wordCount("one, two — three 4")).toBe(4);
  });

  it("is at least one minute and rounds up at 200 words a minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});
