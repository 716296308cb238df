import { describe, expect, it } from "vitest";
import { isWithinAbsoluteLimit, nowInSeconds, sessionPolicyFrom } from "./session-policy";

const policy = sessionPolicyFrom({ SESSION_IDLE_MINUTES: 60, SESSION_MAX_HOURS: 24 });

describe("session policy", () => {
  it("turns the environment's minutes and hours into seconds", () => {
    expect(policy).toEqual({ idleSeconds: 3600, absoluteSeconds: 86_400 });
  });

  it("ends a session 24 hours after sign-in, however active", () => {
    const now = nowInSeconds(new Date("2026-11-02T12:00:00Z"));
    expect(isWithinAbsoluteLimit(now - 86_399, now, policy)).toBe(true);
    expect(isWithinAbsoluteLimit(now - 86_400, now, policy)).toBe(false);
  });

  it("refuses a missing, malformed or future sign-in time", () => {
    const now = 1_800_000_000;
    for (const bad of [undefined, null, "1799999000", Number.NaN, now + 60])
      expect(isWithinAbsoluteLimit(bad, now, policy)).toBe(false);
  });
});
