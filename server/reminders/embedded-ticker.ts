import "server-only";
import { deliverOutbox } from "@/server/email/deliver";
import { planReminders } from "./planner";

// The embedded database (PGlite, no DATABASE_URL) cannot host pg-boss: it is one connection in
// this process, with no LISTEN/NOTIFY across processes and no second opener allowed. There is
// only ever one process then, so a timer in it plans and delivers. The same claim rows make a
// run again after a restart safe. (Decision record 0011.)

const TICK_MS = 5 * 60 * 1000;

export function startEmbeddedTicker(): void {
  const tick = async () => {
    try {
      await planReminders();
      await deliverOutbox();
    } catch (error) {
      console.error("[reminders] planning failed:", error instanceof Error ? error.message : error);
    }
  };
  setInterval(() => void tick(), TICK_MS).unref();
  // A first run shortly after start catches up whatever came due while the app was down.
  setTimeout(() => void tick(), 10_000).unref();
}
