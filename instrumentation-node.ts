// A server that is missing its configuration (AUTH_SECRET in production) or
// cannot reach or migrate its database exits instead of listening and
// answering every request with a 500.
export async function openDatabaseOrExit() {
  try {
    // Imported here, not at the top: reading the environment (lib/env) throws
    // on a bad configuration, and that must land in this catch.
    const { getDb } = await import("./db");
    await getDb();
  } catch (error) {
    console.error("[startup] cannot start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
  await warnAboutConsoleMail();
  await startReminders();
}

/**
 * Reminders (docs/product.md §10): the pg-boss queue on Postgres, a timer on the embedded
 * database (decision record 0011). A queue that cannot start is logged, not fatal: pages work
 * without reminders, and the next start tries again.
 */
async function startReminders() {
  const { env } = await import("./lib/env");
  if (env.REMINDERS_DISABLED) return;
  try {
    if (env.DATABASE_URL) {
      const { startReminderQueue } = await import("@/server/reminders/queue");
      // Not awaited: pages need not wait for the queue's own schema set-up.
      startReminderQueue({ connectionString: env.DATABASE_URL }).catch((error: unknown) =>
        console.error("[reminders] not started:", error instanceof Error ? error.message : error),
      );
    } else {
      const { startEmbeddedTicker } = await import("@/server/reminders/embedded-ticker");
      startEmbeddedTicker();
    }
  } catch (error) {
    console.error("[reminders] not started:", error instanceof Error ? error.message : error);
  }
}

/** Says once, at start-up, that a production server prints mail instead of sending it. */
async function warnAboutConsoleMail() {
  const { env } = await import("./lib/env");
  const { consoleMailWarning } = await import("@/server/email/console-mail");
  const warning = consoleMailWarning(env);
  if (warning) console.warn(warning);
}
