import type { JournalEntryView } from "@/db/queries/journal";

const RESPONSE_WORDS = { better: "felt better", same: "no change", worse: "felt worse" } as const;

/** One journal day in a few plain lines. */
export function EntrySummary({ entry }: { entry: JournalEntryView }) {
  const facts = [
    entry.sleepHours !== null
      ? `Slept ${entry.sleepHours} h${entry.sleepQuality !== null ? ` (quality ${entry.sleepQuality}/5)` : ""}`
      : null,
    entry.stress !== null ? `Stress ${entry.stress}/10` : null,
    entry.mood !== null ? `Mood ${entry.mood}/5` : null,
    entry.activeMinutes !== null ? `Active ${entry.activeMinutes} min` : null,
  ].filter((f): f is string => f !== null);
  return (
    <div className="space-y-1 text-sm">
      <p className="text-base">
        <strong>Pain {entry.pain}/10</strong> · worst {entry.worstPain}/10
      </p>
      {facts.length ? <p className="text-muted">{facts.join(" · ")}</p> : null}
      {entry.activities.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Activities tried">
          {entry.activities.map((a, i) => (
            <li
              key={`${a.name}-${i}`}
              className="bg-brand-50 text-brand-800 rounded-full px-3 py-0.5"
            >
              {a.name}: {RESPONSE_WORDS[a.response]}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.food ? (
        <p>
          <span className="font-medium">Ate:</span> {entry.food}
        </p>
      ) : null}
      {entry.notes ? <p className="break-words whitespace-pre-line">{entry.notes}</p> : null}
    </div>
  );
}
