import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { previousPhase, suggestPhaseChange, type PhaseSession } from "./phase";

const START = "2025-03-01";

/** Sessions every other day from the phase start, with the given pain-after values. */
function sessions(painAfter: readonly number[]): PhaseSession[] {
  return painAfter.map((pain, i) => ({
    date: addDays(START, i * 2),
    painBefore: 5,
    painAfter: pain,
  }));
}

describe("suggestPhaseChange", () => {
  it("suggests the next phase at exactly 14 days and 6 sessions with steady pain", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 14),
      sessions: sessions([4, 4, 4, 4, 4, 4]),
    });
    expect(result.status).toBe("suggest-next");
    if (result.status !== "suggest-next") return;
    expect(result.nextPhase).toBe(2);
    expect(result.daysInPhase).toBe(14);
    expect(result.sessionsInPhase).toBe(6);
    expect(result.reason).toMatch(/phase 2 \(Build\)/);
  });

  it("waits one more day at 13 days", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 13),
      sessions: sessions([4, 4, 4, 4, 4, 4]),
    });
    expect(result).toMatchObject({
      status: "not-yet",
      moreDays: 1,
      moreSessions: 0,
      missing: ["1 more day"],
    });
  });

  it("waits one more session at 5 sessions", () => {
    const result = suggestPhaseChange({
      phase: 2,
      phaseStartedOn: START,
      today: addDays(START, 20),
      sessions: sessions([4, 4, 4, 4, 4]),
    });
    expect(result).toMatchObject({
      status: "not-yet",
      moreSessions: 1,
      missing: ["1 more session"],
    });
  });

  it("says what is missing in plain words", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 8),
      sessions: sessions([4, 4]),
    });
    expect(result).toMatchObject({ status: "not-yet", moreDays: 6, moreSessions: 4 });
    if (result.status !== "not-yet") return;
    expect(result.missing).toEqual(["6 more days", "4 more sessions"]);
    expect(result.reason).toContain("6 more days and 4 more sessions to go");
    expect(result.pain).toEqual({ status: "too-few-sessions" });
  });

  it("counts only sessions in this phase, up to today", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 14),
      sessions: [
        { date: addDays(START, -1), painBefore: 5, painAfter: 5 },
        ...sessions([4, 4, 4, 4, 4]),
        { date: addDays(START, 15), painBefore: 5, painAfter: 5 },
      ],
    });
    expect(result).toMatchObject({ status: "not-yet", sessionsInPhase: 5, moreSessions: 1 });
  });

  it("accepts a rise of exactly 0.5 as stable", () => {
    const result = suggestPhaseChange({
      phase: 2,
      phaseStartedOn: START,
      today: addDays(START, 20),
      sessions: sessions([4, 4, 4, 4, 5, 4.5]),
    });
    expect(result.status).toBe("suggest-next");
    expect(result.pain).toEqual({ status: "stable-or-falling", firstMean: 4, lastMean: 4.5 });
  });

  it("is blocked by pain rising more than 0.5", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 30),
      sessions: sessions([3, 3, 3, 4, 4, 4]),
    });
    expect(result.status).toBe("not-yet");
    if (result.status !== "not-yet") return;
    expect(result.moreDays).toBe(0);
    expect(result.moreSessions).toBe(0);
    expect(result.missing).toEqual(["pain after sessions to settle"]);
    expect(result.pain).toEqual({ status: "rising", firstMean: 3, lastMean: 4 });
    expect(result.reason).toMatch(/crept up/);
  });

  describe("next-morning pain (journal)", () => {
    /** Journal pain on the day after each session of sessions([...]). */
    const mornings = (pain: readonly number[]) =>
      pain.map((p, i) => ({ date: addDays(START, i * 2 + 1), pain: p }));
    const steady = sessions([4, 4, 4, 4, 4, 4]);
    const base = { phase: 1 as const, phaseStartedOn: START, today: addDays(START, 14) };

    it("holds the suggestion back when next-morning pain crept up, even with steady pain after sessions", () => {
      const result = suggestPhaseChange({
        ...base,
        sessions: steady,
        journal: mornings([3, 3, 3, 4, 5, 4]),
      });
      expect(result.status).toBe("not-yet");
      if (result.status !== "not-yet") return;
      expect(result.missing).toEqual(["next-morning pain to settle"]);
      expect(result.nextMorningPain).toEqual({ status: "rising", firstMean: 3, lastMean: 4.3 });
      expect(result.reason).toMatch(/morning after sessions has crept up/);
    });

    it("suggests moving on when next-morning pain is steady or falling", () => {
      const result = suggestPhaseChange({
        ...base,
        sessions: steady,
        journal: mornings([5, 4, 4, 3, 3, 3]),
      });
      expect(result.status).toBe("suggest-next");
      expect(result.reason).toMatch(/after sessions and the next morning/);
    });

    it("does not hold back a member with fewer than 6 logged next mornings", () => {
      const result = suggestPhaseChange({
        ...base,
        sessions: steady,
        journal: mornings([1, 1, 9, 9, 9]),
      });
      expect(result.status).toBe("suggest-next");
      expect(result.nextMorningPain).toEqual({ status: "too-few-sessions" });
    });

    it("reads only the day after a session, not the session day itself", () => {
      const sameDay = steady.map((s, i) => ({ date: s.date, pain: i < 3 ? 1 : 9 }));
      const result = suggestPhaseChange({ ...base, sessions: steady, journal: sameDay });
      expect(result.status).toBe("suggest-next");
    });
  });

  it("compares the last three sessions with the first three, by date", () => {
    const ordered = sessions([6, 6, 6, 2, 5, 5, 5]);
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: START,
      today: addDays(START, 20),
      sessions: [...ordered].reverse(),
    });
    expect(result.pain).toEqual({ status: "stable-or-falling", firstMean: 6, lastMean: 5 });
  });

  it("treats phase 3 as the last phase", () => {
    const result = suggestPhaseChange({
      phase: 3,
      phaseStartedOn: START,
      today: addDays(START, 60),
      sessions: sessions([2, 2, 2, 1, 1, 1, 1, 1]),
    });
    expect(result.status).toBe("last-phase");
    expect(result).not.toHaveProperty("nextPhase");
    expect(result.reason).toMatch(/last phase/);
  });

  it("counts no days when the start date is in the future", () => {
    const result = suggestPhaseChange({
      phase: 1,
      phaseStartedOn: addDays(START, 5),
      today: START,
      sessions: [],
    });
    expect(result).toMatchObject({ daysInPhase: 0, moreDays: 14, moreSessions: 6 });
  });
});

describe("previousPhase", () => {
  it("steps back one phase, never below phase 1", () => {
    expect(previousPhase(3)).toBe(2);
    expect(previousPhase(2)).toBe(1);
    expect(previousPhase(1)).toBe(1);
  });
});
