import { formatShortDate } from "@/lib/dates/iso-date";
import type { FlareEpisode, SessionsSummary } from "./visit-pack-figures";
import { VISIT_PACK_SECTIONS, type VisitPackSectionId } from "./visit-pack-options";
import type { PackQuiz, VisitPack } from "./visit-pack-types";

/**
 * The visit pack's sentences, shared by its page and its PDF so both say the same thing.
 * Descriptive only: what the member logged, never a cause or a diagnosis.
 */

export const PACK_TITLE = "Back pain visit pack";

/** The fine print every copy carries. */
export const PACK_FOOTNOTE =
  "Self-reported in LBPfix; not a diagnosis. Pain and scores on a 0–10 scale (higher is more pain). LBPfix does not record medicines: please ask about them directly.";

/** How many activity rows the one page has room for. */
export const PACK_ACTIVITY_ROWS = 6;

export function sectionTitle(id: VisitPackSectionId): string {
  return VISIT_PACK_SECTIONS.find((s) => s.id === id)?.label ?? id;
}

export function packRangeLine(pack: Pick<VisitPack, "options" | "days">): string {
  const { from, to } = pack.options;
  return `${formatShortDate(from, true)} to ${formatShortDate(to, true)} (${pack.days} ${pack.days === 1 ? "day" : "days"})`;
}

export function quizLines(quiz: PackQuiz | null): string[] {
  if (!quiz) return ["No quiz taken yet."];
  const lines = [`Taken on ${formatShortDate(quiz.takenOn, true)}. ${quiz.outcome}.`];
  if (quiz.typeLabel)
    lines.push(
      `Pattern: ${quiz.typeLabel}${quiz.typeInPlainWords ? ` (${lowerFirst(quiz.typeInPlainWords)})` : ""}${quiz.runnerUpLabel ? `; runner-up ${quiz.runnerUpLabel}` : ""}.`,
    );
  lines.push(
    quiz.redFlags.length === 0
      ? "Warning signs: none answered yes."
      : `Warning signs answered yes: ${quiz.redFlags.join("; ")}.`,
  );
  if (quiz.softFlags.length > 0) lines.push(`Also told the quiz: ${quiz.softFlags.join("; ")}.`);
  return lines;
}

export function journalPainLine(journal: {
  days: number;
  meanPain: number | null;
  meanWorstPain: number | null;
}): string {
  if (journal.days === 0 || journal.meanPain === null) return "No journal entries in this range.";
  return `Journal: ${journal.days} ${journal.days === 1 ? "day" : "days"} logged; typical pain averaged ${journal.meanPain}, worst pain ${journal.meanWorstPain}.`;
}

export function flareLines(episodes: readonly FlareEpisode[], journalDays: number): string[] {
  if (journalDays === 0 && episodes.length === 0)
    return ["No journal entries in this range, so no flare-ups could be found."];
  if (episodes.length === 0)
    return [`No flare-ups in the journal (${journalDays} days logged in this range).`];
  return [
    `${episodes.length} ${episodes.length === 1 ? "flare-up" : "flare-ups"} (${journalDays} days logged):`,
    ...episodes.map((e) => `${flareSpan(e)}: ${FLARE_SOURCE[e.source]}.`),
  ];
}

const FLARE_SOURCE: Record<FlareEpisode["source"], string> = {
  rise: "worst pain at least 2 points above usual on 3 of 4 days",
  severe: "worst pain 8 or more on 3 of 4 days",
  declared: "the member said they were having one",
};

function flareSpan(e: FlareEpisode): string {
  return e.since === e.until
    ? formatShortDate(e.since, true)
    : `${formatShortDate(e.since, true)} to ${formatShortDate(e.until, true)}`;
}

export function sessionsLine(summary: SessionsSummary, hasPlan: boolean): string {
  if (!hasPlan && summary.done === 0) return "Not following an exercise plan in this range.";
  if (summary.done === 0)
    return `No sessions logged in the ${summary.offeredDays} days the plan offered one.`;
  const when = summary.lastOn ? ` Last on ${formatShortDate(summary.lastOn, true)}.` : "";
  const pain =
    summary.meanPainBefore !== null && summary.meanPainAfter !== null
      ? ` Pain averaged ${summary.meanPainBefore} before a session and ${summary.meanPainAfter} after.`
      : "";
  return `${summary.done} ${summary.done === 1 ? "session" : "sessions"} done of ${summary.offeredDays} days the plan offered one (about ${summary.perWeek} a week).${when}${pain}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
