import { describe, expect, it } from "vitest";
import { flareLines, quizLines, sessionsLine } from "./visit-pack-words";

describe("the visit pack's sentences", () => {
  it("state the quiz result with its flags, or that there is none", () => {
    expect(quizLines(null)).toEqual(["No quiz taken yet."]);
    const lines = quizLines({
      takenOn: "2026-10-21",
      outcome: "You can start your program",
      typeLabel: "Flexion intolerant",
      typeInPlainWords: "Sitting and bending forward tend to bother your back most",
      runnerUpLabel: "Load intolerant",
      redFlags: [],
      softFlags: ["pain for more than 3 months"],
    });
    expect(lines).toEqual([
      "Taken on 21 Oct 2026. You can start your program.",
      "Pattern: Flexion intolerant (sitting and bending forward tend to bother your back most); runner-up Load intolerant.",
      "Warning signs: none answered yes.",
      "Also told the quiz: pain for more than 3 months.",
    ]);
  });

  it("list flare-ups with their dates, and say so when there were none", () => {
    expect(flareLines([], 0)[0]).toContain("No journal entries");
    expect(flareLines([], 40)).toEqual([
      "No flare-ups in the journal (40 days logged in this range).",
    ]);
    expect(flareLines([{ since: "2026-02-10", until: "2026-02-13", source: "rise" }], 40)).toEqual([
      "1 flare-up (40 days logged):",
      "10 Feb 2026 to 13 Feb 2026: worst pain at least 2 points above usual on 3 of 4 days.",
    ]);
  });

  it("put sessions done against days offered, never as a failing", () => {
    const summary = {
      done: 9,
      offeredDays: 30,
      perWeek: 2.1,
      lastOn: "2026-03-28",
      meanPainBefore: 4.2,
      meanPainAfter: 3.8,
    };
    expect(sessionsLine(summary, true)).toBe(
      "9 sessions done of 30 days the plan offered one (about 2.1 a week). Last on 28 Mar 2026. Pain averaged 4.2 before a session and 3.8 after.",
    );
    const none = {
      ...summary,
      done: 0,
      perWeek: 0,
      lastOn: null,
      meanPainBefore: null,
      meanPainAfter: null,
    };
    expect(sessionsLine(none, true)).toBe(
      "No sessions logged in the 30 days the plan offered one.",
    );
    expect(sessionsLine({ ...none, offeredDays: 0 }, false)).toBe(
      "Not following an exercise plan in this range.",
    );
  });
});
