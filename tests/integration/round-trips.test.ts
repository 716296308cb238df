import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadDashboard } from "@/server/member/load-dashboard";
import { loadInsights } from "@/server/member/load-insights";
import { loadJournal } from "@/server/member/load-journal";
import { loadProgram } from "@/server/member/load-program";
import { loadProgress } from "@/server/member/load-progress";
import { getDb } from "@/db";
import { seedDemoMember } from "@/db/seed";

// The acceptance budget: each member page is one loader call costing at most 4 database round
// trips, measured with six months of seeded data. Both drivers send every statement through
// `client.query` (PGlite instance or pg Pool), so counting those calls counts round trips.

const TODAY = "2026-11-23";
let userId = "";

beforeAll(async () => {
  const db = await getDb();
  ({ userId } = await seedDemoMember(db, { today: TODAY, passwordHash: "not-a-real-hash" }));
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function countRoundTrips<T>(
  load: () => Promise<T>,
): Promise<{ result: T; roundTrips: number }> {
  const db = await getDb();
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
    .$client;
  const spy = vi.spyOn(client, "query");
  const result = await load();
  const roundTrips = spy.mock.calls.length;
  spy.mockRestore();
  return { result, roundTrips };
}

describe("member pages stay within 4 database round trips with six months of data", () => {
  it("the dashboard loads in at most 4 round trips", async () => {
    const { result, roundTrips } = await countRoundTrips(() =>
      loadDashboard({ userId, today: TODAY }),
    );
    console.info(`dashboard: ${roundTrips} round trips`);
    expect(roundTrips).toBeLessThanOrEqual(4);
    expect(result.plan?.enrollment.phase).toBe(2);
    expect(result.trend.status).toBe("ok");
    expect(result.streaks.basedOnDays).toBeGreaterThan(100);
  });

  it("the journal loads in at most 4 round trips", async () => {
    const { result, roundTrips } = await countRoundTrips(() =>
      loadJournal({ userId, today: TODAY }),
    );
    console.info(`journal: ${roundTrips} round trips`);
    expect(roundTrips).toBeLessThanOrEqual(4);
    expect(result.entries).toHaveLength(30);
    expect(result.hasMore).toBe(true);
  });

  it("the insights load in at most 4 round trips, whatever the range", async () => {
    for (const range of [30, 90, 365] as const) {
      const { result, roundTrips } = await countRoundTrips(() =>
        loadInsights({ userId, today: TODAY, range }),
      );
      console.info(`insights (${range} days): ${roundTrips} round trips`);
      expect(roundTrips).toBeLessThanOrEqual(4);
      expect(result.trend.status).toBe("ok");
    }
  });

  it("/progress loads in at most 4 round trips, with trends and a meaningful-change sentence", async () => {
    const { result, roundTrips } = await countRoundTrips(() =>
      loadProgress({ userId, today: TODAY }),
    );
    console.info(`progress: ${roundTrips} round trips`);
    expect(roundTrips).toBeLessThanOrEqual(4);
    expect(result.checkIns.length).toBeGreaterThan(20);
    expect(result.scoreSentence).toMatch(/^Your weekly score is [\d.]+ points lower than on/);
    expect(result.activities.map((a) => a.name)).toEqual([
      "Carry the shopping in from the car",
      "Sit through a whole film",
    ]);
    expect(result.activities[0]?.sentence).toMatch(/meaningful change/);
  });

  it("the program page loads in at most 3 round trips (the plan query brings the dose levels)", async () => {
    const { result, roundTrips } = await countRoundTrips(() =>
      loadProgram({ userId, today: TODAY }),
    );
    console.info(`program: ${roundTrips} round trips`);
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(result.status).toBe("plan");
  });
});
