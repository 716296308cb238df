import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { openKey, sealKey } from "@/lib/auth/sealed-key";
import { env } from "@/lib/env";

/**
 * How long a member page's cached body may live (decision record 0009). Its key holds the day,
 * so an entry can never be asked for after a day; the data version in the key, not this time,
 * is what renews it after a write.
 */
export const MEMBER_BODY_CACHE_LIFE = { stale: 300, revalidate: 3600, expire: 86_400 };

type MemberBody = "dashboard" | "insights";

/**
 * The one argument a member page's cached body takes: whose data, its version and whatever
 * else the body is keyed on, sealed by the page after its session check. Next makes every
 * `"use cache"` function callable as a server action with any arguments, so the body must
 * not take a member id it cannot trust (decision record 0009, security review F2).
 */
export function sealMemberBodyKey<Claims extends { memberId: string }>(
  body: MemberBody,
  claims: Claims,
): string {
  return sealKey(body, claims, env.AUTH_SECRET);
}

/**
 * The claims the page sealed, checked before the body reads anything. A key that was not
 * sealed here for this body (forged, edited, another body's) answers 404: a throw is never
 * cached, so forged keys cannot fill the cache either.
 */
export function openMemberBodyKey<Claims>(
  body: MemberBody,
  key: unknown,
  claims: z.ZodType<Claims>,
): Claims {
  const parsed = claims.safeParse(openKey(body, key, env.AUTH_SECRET));
  if (!parsed.success) notFound();
  return parsed.data;
}
