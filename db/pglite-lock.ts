import fs from "node:fs";
import path from "node:path";

// PGlite has no lock of its own: two processes opening one data directory can
// silently corrupt it. We keep a pid file beside the data and refuse a second
// opener while its owner is alive. A lock left by a killed process (kill -9)
// is taken over, since its pid no longer runs.

const openedHere = new Set<string>();

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is already open in process ${pid}. ` +
        `Only one process may use it at a time: stop the other LBPfix server or script first, ` +
        `or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockFileFor(dir: string): string {
  return path.join(dir, "..", `${path.basename(dir)}.lock`);
}

export function acquirePgliteLock(dir: string): () => void {
  const abs = path.resolve(dir);
  if (openedHere.has(abs)) throw new DatabaseLockedError(abs, process.pid);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const file = lockFileFor(abs);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      openedHere.add(abs);
      const release = () => {
        openedHere.delete(abs);
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseLockedError(abs, owner);
      }
      fs.rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new DatabaseLockedError(abs, -1);
}
