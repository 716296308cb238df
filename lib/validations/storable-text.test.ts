import { describe, expect, it } from "vitest";
import { isStorableOrNull, isStorableText } from "./storable-text";

describe("text the database can store", () => {
  it("accepts ordinary text, emoji and right-to-left scripts", () => {
    expect(isStorableText("Walked 20 min 🙂 — مشي")).toBe(true);
    expect(isStorableOrNull(null)).toBe(true);
  });

  it("refuses a NUL character and a lone surrogate", () => {
    expect(isStorableText("before\u0000after")).toBe(false);
    expect(isStorableText("broken \ud800 pair")).toBe(false);
  });
});
