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
});
