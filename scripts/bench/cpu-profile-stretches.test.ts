import { describe, expect, it } from "vitest";
import type { CpuProfile } from "./cpu-profile-summary";
import { longStretches } from "./cpu-profile-stretches";

const frame = (functionName: string, url = "") => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

// root ─ idle
//      └ boot (app.js) ─ hydrate (app.js)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 3] },
    { id: 2, callFrame: frame("(idle)") },
    { id: 3, callFrame: frame("boot", "http://x/app.js"), children: [4] },
    { id: 4, callFrame: frame("hydrate", "http://x/app.js") },
  ],
  // 10 ms apart: boot, hydrate ×4, idle, boot, idle
  samples: [3, 4, 4, 4, 4, 2, 3, 2],
  timeDeltas: [0, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000],
};

describe("longStretches", () => {
  it("splits the profile at idle samples and keeps only the long stretches", () => {
    const stretches = longStretches(profile, { minStretchMs: 30, minNodeMs: 0 });
    expect(stretches.map((s) => s.ms)).toEqual([50]);
  });

  it("gives each stretch a depth-first call tree with inclusive time", () => {
    const [stretch] = longStretches(profile, { minStretchMs: 30, minNodeMs: 0 });
    expect(stretch?.tree).toEqual([
      { depth: 0, frame: "(root)", ms: 50 },
      { depth: 1, frame: "boot app.js:1:0", ms: 50 },
      { depth: 2, frame: "hydrate app.js:1:0", ms: 40 },
    ]);
  });

  it("leaves out call paths under the node threshold", () => {
    const [stretch] = longStretches(profile, { minStretchMs: 30, minNodeMs: 45 });
    expect(stretch?.tree.map((l) => l.frame)).toEqual(["(root)", "boot app.js:1:0"]);
  });
});
