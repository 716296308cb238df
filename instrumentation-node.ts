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
}

/** Says once, at start-up, that a production server prints mail instead of sending it. */
async function warnAboutConsoleMail() {
  const { env } = await import("./lib/env");
  const { consoleMailWarning } = await import("@/server/email/console-mail");
  const warning = consoleMailWarning(env);
  if (warning) console.warn(warning);
}
