import { describe, expect, it } from "vitest";
import { packageOf, summariseCpuProfile, type CpuProfile } from "./cpu-profile-summary";

describe("summariseCpuProfile", () => {
  it("adds up self time per function and per package from the samples", () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(idle)", "") },
        { id: 2, callFrame: frame("render", "file:///app/node_modules/react-dom/cjs/server.js") },
        { id: 3, callFrame: frame("parse", "file:///app/node_modules/@scope/pkg/index.js") },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [30, 30, 20, 20],
    };
    const { byFunction, byPackage } = summariseCpuProfile(profile);
    expect(byFunction[0]).toEqual({ name: "render server.js:1", percent: 60 });
    expect(byPackage).toEqual([
      { name: "react-dom", percent: 60 },
      { name: "@scope/pkg", percent: 20 },
      { name: "(idle)", percent: 20 },
    ]);
  });

  it("names our own bundled code and node's built-ins", () => {
    expect(packageOf("file:///srv/.next/server/chunks/ssr/page.js")).toBe("app (.next)");
    expect(packageOf("node:internal/streams")).toBe("node");
  });
});
