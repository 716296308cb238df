import type { Streaks } from "@/lib/journal/insights";

/** Streaks count days logged, to encourage the habit; a gap is never scolded. */
export function StreaksCard({ streaks }: { streaks: Streaks }) {
  const { current, longest, loggedToday, basedOnDays } = streaks;
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-muted text-sm">Current streak</dt>
          <dd className="text-brand-800 text-3xl font-bold">
            {current}{" "}
            <span className="text-base font-medium">{current === 1 ? "day" : "days"}</span>
          </dd>
        </div>
        <div>
          <dt className="text-muted text-sm">Longest streak</dt>
          <dd className="text-brand-800 text-3xl font-bold">
            {longest}{" "}
            <span className="text-base font-medium">{longest === 1 ? "day" : "days"}</span>
          </dd>
        </div>
      </dl>
      <p className="text-muted text-sm">
        {basedOnDays === 0
          ? "Your first entry starts a streak."
          : loggedToday
            ? `Logged today. ${basedOnDays} days in your journal so far.`
            : current > 0
              ? "Log today to keep your streak going."
              : "Any day is a good day to pick the journal back up."}
      </p>
    </div>
  );
}
