import { describe, expect, it } from "vitest";
import { paginate, parsePageNumber } from "./paginate";

describe("paginate", () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it("splits into pages of twelve", () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, pageCount: 3, total: 25 });
    expect(paginate(items, 3).items).toEqual([24]);
  });

  it("is one page when there are twelve or fewer", () => {
    expect(paginate(items.slice(0, 12), 1).pageCount).toBe(1);
    expect(paginate([], 1)).toMatchObject({ items: [], page: 1, pageCount: 1 });
  });

  it("clamps pages past either end", () => {
    expect(paginate(items, 9).page).toBe(3);
    expect(paginate(items, 0).page).toBe(1);
  });
});

describe("parsePageNumber", () => {
  it("accepts positive whole numbers and treats anything else as page 1", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const raw of [undefined, "", "0", "-1", "1.5", "abc", "99999"])
      expect(parsePageNumber(raw)).toBe(1);
  });
});
