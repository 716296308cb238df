import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, type DatabaseHandle } from "@/db/client";
import { lockFileFor } from "@/db/pglite-lock";
import { users } from "@/db/schema";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lbpfix-lock-"));
const dataDir = path.join(dir, "pglite");
let first: DatabaseHandle | undefined;

afterAll(async () => {
  await first?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database", () => {
  it("refuses a second opener in the same process", async () => {
    first = await openPglite(dataDir);
    await first.db.insert(users).values({ email: "kept@example.test" });
    await expect(openPglite(dataDir)).rejects.toThrow(/already open/);
  });

  it("refuses a second opener from another process while the first is alive", async () => {
    const script = `import("@electric-sql/pglite").then(async () => {
      const { acquirePgliteLock } = await import(${JSON.stringify(path.resolve("db/pglite-lock.ts"))});
      try { acquirePgliteLock(${JSON.stringify(dataDir)}); console.log("opened"); }
      catch (e) { console.log("refused: " + e.message); }
    })`;
    const { stdout } = await run(process.execPath, ["--import", "tsx", "-e", script]);
    expect(stdout).toMatch(/^refused: .*already open in process \d+/);
  });

  it("takes over a lock left by a process that no longer runs, keeping the data", async () => {
    await first?.close();
    first = undefined;
    // A pid that cannot be alive: what a kill -9 leaves behind.
    fs.writeFileSync(lockFileFor(path.resolve(dataDir)), "999999999");
    const reopened = await openPglite(dataDir);
    const { rows } = await reopened.db.execute<{ n: number }>(
      // migrations ran on the first open; the table survived the close
      (await import("drizzle-orm")).sql`select count(*)::int as n from users`,
    );
    expect(rows[0]?.n).toBe(1);
    first = reopened;
  });

  it("lets exactly one of several processes that find the same stale lock at once open it", async () => {
    const raceDir = path.join(dir, "race");
    const raceData = path.join(raceDir, "pglite");
    const lockModule = JSON.stringify(path.resolve("db/pglite-lock.ts"));
    for (let trial = 0; trial < 2; trial++) {
      fs.rmSync(raceDir, { recursive: true, force: true });
      fs.mkdirSync(raceDir, { recursive: true });
      fs.writeFileSync(lockFileFor(path.resolve(raceData)), "999999999"); // left by a kill -9
      // Every racer waits (spinning, not sleeping) for the same instant, then
      // takes the lock and holds it long enough for the others to finish trying.
      const startAt = Date.now() + 2_500;
      const script = `import(${lockModule}).then(async ({ acquirePgliteLock }) => {
        while (Date.now() < ${startAt}) {}
        try { acquirePgliteLock(${JSON.stringify(raceData)}); process.stdout.write("opened"); await new Promise((r) => setTimeout(r, 3000)); }
        catch { process.stdout.write("refused"); }
      })`;
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () =>
          run(process.execPath, ["--import", "tsx", "-e", script]).then((r) => r.stdout),
        ),
      );
      expect(
        outcomes.filter((o) => o === "opened"),
        `trial ${trial}: ${outcomes.join(", ")}`,
      ).toHaveLength(1);
    }
  }, 30_000);
});
