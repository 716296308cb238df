import { describe, expect, it } from "vitest";
import {
  activityChange,
  describeActivityChange,
  describeScoreChange,
  scoreChange,
} from "./meaningful-change";

describe("scoreChange", () => {
  it("needs two readings at least 14 days apart", () => {
    expect(scoreChange([])).toEqual({ status: "too-little-data" });
    expect(scoreChange([{ date: "2026-03-02", value: 6 }])).toEqual({ status: "too-little-data" });
    expect(
      scoreChange([
        { date: "2026-03-02", value: 6 },
        { date: "2026-03-15", value: 2 },
      ]),
    ).toEqual({ status: "too-little-data" });
  });

  it("compares the first reading with the latest, whatever the order given", () => {
    const result = scoreChange([
      { date: "2026-03-30", value: 3.7 },
      { date: "2026-03-02", value: 6 },
      { date: "2026-03-16", value: 7 },
    ]);
    expect(result).toMatchObject({
      status: "ok",
      first: { date: "2026-03-02", value: 6 },
      latest: { date: "2026-03-30", value: 3.7 },
      change: -2.3,
      meaningful: true,
    });
  });

  it("is meaningful at 2 points or 30 %, either way", () => {
    const pair = (a: number, b: number) =>
      scoreChange([
        { date: "2026-03-01", value: a },
        { date: "2026-03-15", value: b },
      ]);
    expect(pair(8, 6.1)).toMatchObject({ meaningful: false }); // 1.9 points, 24 %
    expect(pair(8, 6)).toMatchObject({ meaningful: true }); // 2 points
    expect(pair(3, 2.1)).toMatchObject({ meaningful: true }); // 30 %
    expect(pair(3, 2.2)).toMatchObject({ meaningful: false }); // 27 %
    expect(pair(4, 6)).toMatchObject({ meaningful: true }); // a 2-point rise
    expect(pair(0, 1)).toMatchObject({ meaningful: false }); // no percentage of zero
    expect(pair(5, 5)).toMatchObject({ meaningful: false, change: 0 });
  });
});

describe("activityChange", () => {
  it("is meaningful at 2 points", () => {
    const pair = (a: number, b: number) =>
      activityChange([
        { date: "2026-03-01", value: a },
        { date: "2026-03-29", value: b },
      ]);
    expect(pair(3, 5)).toMatchObject({ meaningful: true, change: 2 });
    expect(pair(3, 4)).toMatchObject({ meaningful: false }); // 33 % but 1 point
    expect(pair(6, 4)).toMatchObject({ meaningful: true, change: -2 });
  });
});

describe("the words", () => {
  const ok = (a: number, b: number) =>
    scoreChange([
      { date: "2026-03-03", value: a },
      { date: "2026-05-03", value: b },
    ]);

  it("describe a fall as good news, without a cause", () => {
    const text = describeScoreChange("weekly score", ok(6, 3.7));
    expect(text).toBe(
      "Your weekly score is 2.3 points lower than on 3 Mar (6 then, 3.7 now). That is a meaningful change: good news.",
    );
    expect(text).not.toMatch(/because|thanks to|program/i);
  });

  it("describe a rise kindly, without alarm", () => {
    const text = describeScoreChange("weekly pain", ok(3, 5));
    expect(text).toMatch(/^Your weekly pain is 2 points higher than on 3 Mar/);
    expect(text).toMatch(/does not mean harm/);
    expect(text).not.toMatch(/danger|worse|warning|damage/i);
  });

  it("call a small change small, and too little data too little", () => {
    expect(describeScoreChange("weekly score", ok(5, 4.5))).toMatch(/usual ups and downs/);
    expect(describeScoreChange("weekly score", { status: "too-little-data" })).toMatch(
      /^Too little data yet/,
    );
  });

  it("describe activities, higher being better", () => {
    const change = activityChange([
      { date: "2026-03-03", value: 3 },
      { date: "2026-04-14", value: 6 },
    ]);
    expect(describeActivityChange("Carry shopping", change)).toBe(
      "Carry shopping: 3 points higher than on 3 Mar (3 then, 6 now). A meaningful change: good news.",
    );
    expect(describeActivityChange("Gardening", { status: "too-little-data" })).toMatch(
      /too little data yet/,
    );
  });
});
