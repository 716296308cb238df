import { type Insight, type InsightWindow, daysWord, entriesInWindow } from "./insight-types";
import { mean, pearson, round1 } from "./stats";
import type { JournalDay } from "./types";

/**
 * A correlation over fewer than about ten days swings wildly with a single entry, so below
 * that we show nothing rather than a confident-looking number.
 */
export const STRESS_MIN_DAYS = 10;
/**
 * With 10 days an r of 0.5 is well within chance (the critical r at p = 0.05 is about 0.63), so
 * strength words wait for three weeks of data; before that the reading says it could be chance.
 */
export const STRESS_STRENGTH_MIN_DAYS = 21;
/** A band's mean is shown only with this many days in it. */
export const STRESS_MIN_DAYS_PER_BAND = 3;

export const STRESS_BANDS = [
  { key: "low", label: "Low stress (0–3)", min: 0, max: 3 },
  { key: "medium", label: "Medium stress (4–6)", min: 4, max: 6 },
  { key: "high", label: "High stress (7–10)", min: 7, max: 10 },
] as const;

export type StressBandKey = (typeof STRESS_BANDS)[number]["key"];

export type StressBand = {
  key: StressBandKey;
  label: string;
  days: number;
  /** Null when the band has fewer than STRESS_MIN_DAYS_PER_BAND days. */
  meanPain: number | null;
};

/**
 * Conventional cut-offs for |r| (Cohen): under 0.1 none, 0.1–0.3 weak, 0.3–0.5 moderate,
 * 0.5 and over strong. "no-spread" when every stress (or pain) rating was the same.
 */
export type LinkStrength = "none" | "weak" | "moderate" | "strong" | "no-spread";

export type StressVsPain = Insight<{
  bands: readonly StressBand[];
  /** Pearson r between the day's stress and pain, rounded to 2 places; null without spread. */
  correlation: number | null;
  strength: LinkStrength;
  /** Plain-words reading of the correlation; says link, never cause. */
  reading: string;
}>;

type StressEntry = Pick<JournalDay, "date" | "pain" | "stress">;

export function stressVsPain(entries: readonly StressEntry[], window: InsightWindow): StressVsPain {
  const withStress = entriesInWindow(entries, window).filter(
    (e): e is StressEntry & { stress: number } => e.stress !== null,
  );
  const basedOnDays = withStress.length;
  if (basedOnDays < STRESS_MIN_DAYS) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: STRESS_MIN_DAYS,
      message: `Comparing stress with pain needs at least ${STRESS_MIN_DAYS} days with both logged (you have ${basedOnDays}).`,
    };
  }

  const bands: StressBand[] = STRESS_BANDS.map((band) => {
    const pains = withStress
      .filter((e) => e.stress >= band.min && e.stress <= band.max)
      .map((e) => e.pain);
    const meanPain = pains.length >= STRESS_MIN_DAYS_PER_BAND ? round1(mean(pains) ?? 0) : null;
    return { key: band.key, label: band.label, days: pains.length, meanPain };
  });

  const r = pearson(
    withStress.map((e) => e.stress),
    withStress.map((e) => e.pain),
  );
  const correlation = r === null ? null : Math.round(r * 100) / 100;
  const strength = linkStrength(r);
  return {
    status: "ok",
    basedOnDays,
    bands,
    correlation,
    strength,
    reading: readLink(r, strength, basedOnDays),
  };
}

function linkStrength(r: number | null): LinkStrength {
  if (r === null) return "no-spread";
  const size = Math.abs(r);
  if (size < 0.1) return "none";
  if (size < 0.3) return "weak";
  if (size < 0.5) return "moderate";
  return "strong";
}

function readLink(r: number | null, strength: LinkStrength, days: number): string {
  const over = `Over ${daysWord(days)}`;
  switch (strength) {
    case "no-spread":
      return `${over} your stress or pain ratings barely changed, so there is no pattern to see yet.`;
    case "none":
      return `${over} there is no clear link between your stress and your pain.`;
    default: {
      const direction =
        (r ?? 0) > 0
          ? "higher-stress days tended to be higher-pain days"
          : "higher-stress days tended to be lower-pain days";
      if (days < STRESS_STRENGTH_MIN_DAYS) {
        return `${over} ${direction}, but with only ${daysWord(days)} this could be chance. Keep logging: from ${STRESS_STRENGTH_MIN_DAYS} days the pattern becomes easier to trust.`;
      }
      return `${over} there is a ${strength} link: ${direction}. A link is not proof that one causes the other.`;
    }
  }
}
