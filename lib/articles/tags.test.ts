import { describe, expect, it } from "vitest";
import { tagCounts, tagLabel } from "./tags";

describe("tags", () => {
  it("labels tags for people", () => {
    expect(tagLabel("rest-vs-movement")).toBe("Rest vs movement");
    expect(tagLabel("desk-work")).toBe("Desk work");
  });

  it("counts tags, most used first", () => {
    expect(tagCounts([{ tags: ["b", "a"] }, { tags: ["a"] }])).toEqual([
      { tag: "a", count: 2 },
      { tag: "b", count: 1 },
    ]);
  });
});
