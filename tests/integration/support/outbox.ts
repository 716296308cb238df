import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";

/** The token from the newest reset email to `to`, as the member would click it. */
export async function latestResetToken(to: string): Promise<string> {
  const db = await getDb();
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
  const reset = rows.filter((r) => r.kind === "password-reset").pop();
  const link = reset?.textBody.match(/https?:\/\/\S+\/reset-password\?token=(\S+)/);
  if (!link?.[1]) throw new Error("no reset link in the outbox");
  return decodeURIComponent(link[1]);
}
