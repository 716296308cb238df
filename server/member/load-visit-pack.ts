// STUB: replaced by h-pack at merge
import "server-only";
import { getProgress } from "@/db/queries/progress";
import { weeklyScore } from "@/lib/progress/check-in";
import type { VisitPackOptions } from "@/lib/progress/visit-pack-options";

/** The visit pack for one member and one choice of range and sections (docs/product.md §9). */
export type VisitPack = {
  options: VisitPackOptions;
  checkIns: { checkedOn: string; score: number; pain: number }[];
};

export async function loadVisitPack(userId: string, options: VisitPackOptions): Promise<VisitPack> {
  const { checkIns } = await getProgress({ userId });
  return {
    options,
    checkIns: checkIns
      .filter((c) => c.checkedOn >= options.from && c.checkedOn <= options.to)
      .map((c) => ({ checkedOn: c.checkedOn, score: weeklyScore(c), pain: c.pain })),
  };
}
