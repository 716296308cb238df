import {
  type GroupFigure,
  type Insight,
  type InsightWindow,
  daysWord,
  entriesInWindow,
} from "./insight-types";
import { addDays } from "@/lib/dates/iso-date";
import { mean, round1 } from "./stats";
import type { JournalDay } from "./types";

/** docs/product.md §5: an active day has at least 20 active minutes. */
export const ACTIVE_DAY_MINUTES = 20;
export const ACTIVE_MIN_DAYS_PER_GROUP = 5;
/** What the other group is called wherever it is shown: a 15-minute walk is not a rest day. */
export const LESS_ACTIVE_LABEL = `less active days (under ${ACTIVE_DAY_MINUTES} min)`;
/**
 * Shown beside every active-days comparison (docs/product.md §5): the figures cannot show cause,
 * because people move more on days that already feel better, and a small rise after activity
 * that settles is an ordinary part of building up.
 */
export const ACTIVE_DAYS_CAVEAT =
  "People often move more on days when their back already feels better, so this comparison can't show what causes what. A small rise in pain the day after being active that settles again is normal while you build up.";

type Comparison = { active: GroupFigure; rest: GroupFigure; summary: string };

export type ActiveVsRest = Insight<
  Comparison & {
    /**
     * Pain on the day after an active day vs after a rest day: the question members actually
     * ask ("will I pay for it tomorrow?"). Only pairs of consecutive logged days count.
     */
    dayAfter: Insight<Comparison>;
  }
>;

type ActivityEntry = Pick<JournalDay, "date" | "pain" | "activeMinutes">;

/** Days with no activeMinutes logged are left out rather than counted as less active. */
export function activeVsRest(
  entries: readonly ActivityEntry[],
  window: InsightWindow,
): ActiveVsRest {
  const usable = entriesInWindow(entries, window);
  const byDate = new Map(usable.map((e) => [e.date, e]));
  const logged = usable.filter(
    (e): e is ActivityEntry & { activeMinutes: number } => e.activeMinutes !== null,
  );
  const isActive = (e: { activeMinutes: number }) => e.activeMinutes >= ACTIVE_DAY_MINUTES;

  const sameDay = compare(
    logged.filter(isActive).map((e) => e.pain),
    logged.filter((e) => !isActive(e)).map((e) => e.pain),
    logged.length,
    "on",
  );
  if (sameDay.status !== "ok") return sameDay;

  const activeNext: number[] = [];
  const restNext: number[] = [];
  for (const day of logged) {
    const next = byDate.get(addDays(day.date, 1));
    if (!next) continue;
    (isActive(day) ? activeNext : restNext).push(next.pain);
  }
  const dayAfter = compare(activeNext, restNext, activeNext.length + restNext.length, "after");

  return { ...sameDay, dayAfter };
}

function compare(
  active: readonly number[],
  rest: readonly number[],
  basedOnDays: number,
  relation: "on" | "after",
): Insight<Comparison> {
  const label = relation === "on" ? "" : "the day after ";
  if (active.length < ACTIVE_MIN_DAYS_PER_GROUP || rest.length < ACTIVE_MIN_DAYS_PER_GROUP) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: ACTIVE_MIN_DAYS_PER_GROUP,
      message: `Comparing pain ${label}active and ${LESS_ACTIVE_LABEL} needs at least ${ACTIVE_MIN_DAYS_PER_GROUP} of each${relation === "after" ? " followed by a logged day" : ""} (you have ${active.length} active and ${rest.length} less active).`,
    };
  }
  const activeFigure = { days: active.length, meanPain: round1(mean(active) ?? 0) };
  const restFigure = { days: rest.length, meanPain: round1(mean(rest) ?? 0) };
  const when = relation === "on" ? "On" : "The day after";
  return {
    status: "ok",
    basedOnDays,
    active: activeFigure,
    rest: restFigure,
    summary: `${when} active days (${ACTIVE_DAY_MINUTES}+ minutes) your pain averaged ${activeFigure.meanPain} (${daysWord(activeFigure.days)}); ${when.toLowerCase()} ${LESS_ACTIVE_LABEL} it averaged ${restFigure.meanPain} (${daysWord(restFigure.days)}).`,
  };
}
