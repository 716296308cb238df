import "server-only";
import { isCurrentPassword } from "@/db/queries/users";
import { limiters } from "@/server/rate-limit";

export type PasswordCheck = "ok" | "wrong" | "throttled";

/**
 * Checks a signed-in member's current password before a sensitive change,
 * under its own limit, so a borrowed or stolen session cannot be used to
 * guess the password.
 */
export async function confirmCurrentPassword({
  userId,
  password,
}: {
  userId: string;
  password: string;
}): Promise<PasswordCheck> {
  const limit = (await limiters()).passwordCheck;
  if (!(await limit.attempt(userId)).allowed) return "throttled";
  if (!(await isCurrentPassword({ userId, password }))) return "wrong";
  await limit.refund(userId);
  return "ok";
}
