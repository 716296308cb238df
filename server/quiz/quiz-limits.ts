import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { limiters, type Attempt } from "@/server/rate-limit";

/** Counts one stored guest result against the address's hourly allowance (RULES.guestQuiz). */
export async function attemptGuestQuiz(): Promise<Attempt> {
  const { guestQuiz } = await limiters();
  return guestQuiz.attempt(clientIp(await headers()));
}
