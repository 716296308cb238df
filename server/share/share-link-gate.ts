import "server-only";
import { findShareLinkByHash } from "@/db/queries/share-links";
import { shareLinkState } from "@/lib/share-links/expiry";
import {
  hashShareToken,
  isWellFormedShareToken,
  tokenMatchesHash,
} from "@/lib/share-links/share-token";
import { limiters } from "@/server/rate-limit";

export type ShareLinkAnswer =
  | { kind: "live" }
  | { kind: "gone" }
  | { kind: "unknown" }
  | { kind: "limited"; retryAfterSeconds: number };

/**
 * What /r/<token> answers, decided before the page renders (the proxy needs it to send 410):
 * each request from an address counts against its allowance first, so guessing and scraping
 * are slowed whatever the answer; then the link is found by its hash and the hashes compared
 * again in constant time.
 */
export async function answerShareLink(token: string, ip: string): Promise<ShareLinkAnswer> {
  if (!isWellFormedShareToken(token)) return { kind: "unknown" };
  const { shareView } = await limiters();
  const attempt = await shareView.attempt(ip);
  if (!attempt.allowed) return { kind: "limited", retryAfterSeconds: attempt.retryAfterSeconds };
  const link = await findShareLinkByHash({ tokenHash: hashShareToken(token) });
  if (!link || !tokenMatchesHash(token, link.tokenHash)) return { kind: "unknown" };
  return shareLinkState(link, new Date()) === "live" ? { kind: "live" } : { kind: "gone" };
}
