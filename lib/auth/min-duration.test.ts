import { describe, expect, it } from "vitest";
import { withMinimumDuration } from "./min-duration";

describe("withMinimumDuration", () => {
  it("pads a quick answer to the floor", async () => {
    const started = performance.now();
    expect(await withMinimumDuration(60, () => Promise.resolve("done"))).toBe("done");
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
  });

  it("pads failures too, then rethrows", async () => {
    const started = performance.now();
    await expect(withMinimumDuration(60, () => Promise.reject(new Error("no")))).rejects.toThrow(
      "no",
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
  });
});
