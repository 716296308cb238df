import { describe, expect, it } from "vitest";
import { RESULT_IN_PLAIN_WORDS } from "./plain-words";
import { RESULT_TYPES } from "./types";

describe("the result in plain words", () => {
  it.each(RESULT_TYPES)("%s has a headline and explains its label without diagnosing", (type) => {
    const { headline, labelMeans } = RESULT_IN_PLAIN_WORDS[type];
    for (const text of [headline, labelMeans]) {
      expect(text).not.toMatch(/diagnos|fragile/i);
      expect(text).not.toMatch(/bed ?rest/i);
    }
    expect(headline.length).toBeLessThan(70); // one line or two on a phone
  });

  it("explains the jargon words in the labels", () => {
    expect(RESULT_IN_PLAIN_WORDS.flexion.labelMeans).toMatch(/bending forward/);
    expect(RESULT_IN_PLAIN_WORDS.extension.labelMeans).toMatch(/arching/);
    expect(RESULT_IN_PLAIN_WORDS.instability.labelMeans).toMatch(/control/);
    expect(RESULT_IN_PLAIN_WORDS.load.labelMeans).toMatch(/weight/);
  });
});
