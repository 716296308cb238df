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

/** The pid a lock file names, or null when it names none. */
function ownerOf(file: string): number | null {
  const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Creates the lock file holding our pid, or returns false if one exists. The
 * pid is written to a file of our own first and linked into place, so another
 * opener never reads a lock file that exists but is still empty (and takes it
 * for stale).
 */
function tryCreate(file: string): boolean {
  const mine = `${file}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    fs.linkSync(mine, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Removes a lock whose owner has died. Several openers can find the same stale lock, and while
 * one removes it another may already have created a live one in its place, so removal is
 * serialised: only the opener that creates `<lock>.takeover` may remove the lock, and only
 * after reading its owner again under that guard. An opener that finds the guard taken simply
 * tries again. (Moving the lock aside and putting it back left a moment with no lock file, in
 * which a third opener could open too.) A guard left by a process that died holding it (it is
 * held for microseconds) is removed by whoever finds its owner dead.
 */
function removeStale(file: string, abs: string): void {
  const guard = `${file}.takeover`;
  if (!tryCreate(guard)) {
    let holder: number | null = null;
    try {
      holder = ownerOf(guard);
    } catch {
      return; // released meanwhile: try again
    }
    if (holder !== null && !isAlive(holder)) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    let owner: number | null;
    try {
      owner = ownerOf(file);
    } catch {
      return; // already removed: try again
    }
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      throw new DatabaseLockedError(abs, owner);
    }
    fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

export function acquirePgliteLock(dir: string): () => void {
  const abs = path.resolve(dir);
  if (openedHere.has(abs)) throw new DatabaseLockedError(abs, process.pid);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const file = lockFileFor(abs);
  for (let attempt = 0; attempt < 20; attempt++) {
    if (tryCreate(file)) {
      openedHere.add(abs);
      const release = () => {
        openedHere.delete(abs);
        try {
          if (ownerOf(file) === process.pid) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    }
    let owner: number | null;
    try {
      owner = ownerOf(file);
    } catch {
      continue; // removed between our attempt and this read: try again
    }
    if (owner !== null && owner !== process.pid && isAlive(owner))
      throw new DatabaseLockedError(abs, owner);
    removeStale(file, abs);
  }
  throw new DatabaseLockedError(abs, -1);
}
