import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask-email";

describe("maskEmail", () => {
  it("keeps the first letter and the domain only", () => {
    expect(maskEmail("jane.doe@example.org")).toBe("j•••@example.org");
    expect(maskEmail("a@b.c")).toBe("a•••@b.c");
  });

  it("reveals nothing of malformed addresses", () => {
    expect(maskEmail("no-at-sign")).toBe("•••");
    expect(maskEmail("@example.org")).toBe("•••");
  });
});
