import { afterEach, describe, expect, it, vi } from "vitest";
import { withMinimumDuration } from "./min-duration";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("withMinimumDuration", () => {
  it("pads a quick answer to the floor", async () => {
    const started = performance.now();
    expect(await withMinimumDuration(60, () => Promise.resolve("done"))).toBe("done");
    expect(performance.now() - started).toBeGreaterThanOrEqual(60);
  });

  it("pads failures too, then rethrows", async () => {
    const started = performance.now();
    await expect(withMinimumDuration(60, () => Promise.reject(new Error("no")))).rejects.toThrow(
      "no",
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(60);
  });

  it("still reaches the floor when a timer fires early", async () => {
    // Node's timers tick in whole milliseconds and can wake a little before
    // performance.now() agrees; this once failed CI at 58.9 ms of a 60 ms floor.
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, "setTimeout").mockImplementation((run: () => void, delay?: number) =>
      realSetTimeout(run, Math.max(0, (delay ?? 0) - 5)),
    );
    const started = performance.now();
    await withMinimumDuration(60, () => Promise.resolve());
    expect(performance.now() - started).toBeGreaterThanOrEqual(60);
  });
});
