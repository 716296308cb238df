import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error(
      "[health] database check failed:",
      error instanceof Error ? error.message : error,
    );
    return false;
  }
}
