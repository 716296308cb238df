// No "server-only" marker: `npm run user:role` runs this under tsx, where
// that marker throws. Nothing here reaches the browser.
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema";

/** Grants or removes a role; false when no user has that email. */
export async function setUserRole(
  db: Database,
  { email, role }: { email: string; role: "member" | "admin" },
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ role })
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .returning({ id: users.id });
  return rows.length > 0;
}
