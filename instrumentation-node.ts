import { getDb } from "./db";

// A server that cannot reach or migrate its database exits instead of
// listening and hanging every request.
export async function openDatabaseOrExit() {
  try {
    await getDb();
  } catch (error) {
    console.error("[startup] could not open the database:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
