import "server-only";
import { isoDateOf } from "@/lib/dates/iso-date";
import type { ViewedShareLink } from "@/db/queries/share-links";
import { loadVisitPack, type VisitPack } from "@/server/member/load-visit-pack";

/** Packs kept in this process; the oldest used goes first. */
const MAX_PACKS = 200;
const packs = new Map<string, Promise<VisitPack>>();

/**
 * The pack a share link shows, built once per change of the member's data. A shared link is
 * opened far more often than the member writes, and building a pack (its queries, and the
 * flare-up scan over months of journal) costs several times a page's budget (issue 19: /r/
 * at ≥ 0.75× the signed-in baseline). The key holds the member's data stamp, read in the same
 * statement that counts the view, and today's date, so a kept pack is exactly the one
 * loadVisitPack would build now: never stale, only not rebuilt.
 */
export function sharedVisitPack(link: ViewedShareLink, now: Date): Promise<VisitPack> {
  const key = JSON.stringify([link.userId, link.dataStamp, isoDateOf(now), link.options]);
  const kept = packs.get(key);
  if (kept) {
    packs.delete(key); // re-insert: Map order is the eviction order
    packs.set(key, kept);
    return kept;
  }
  const building = loadVisitPack(link.userId, link.options);
  building.catch(() => packs.delete(key)); // a failed build is not kept
  packs.set(key, building);
  for (const oldest of packs.keys()) {
    if (packs.size <= MAX_PACKS) break;
    packs.delete(oldest);
  }
  return building;
}
