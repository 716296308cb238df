import "server-only";
import { claimGuestResult } from "@/server/quiz/guest-result";

/**
 * Runs after every successful sign-in and sign-up (credentials and social),
 * before the member lands on their next page. The quiz fills this in to
 * attach a guest's saved result to the account; keep it idempotent, since a
 * password change signs the member in again.
 */
export async function afterSignIn(userId: string): Promise<void> {
  // Claims only a row still unclaimed (user_id is null), then drops the
  // cookie, so calling it twice, or with no cookie, changes nothing.
  await claimGuestResult(userId);
}
