import type { SessionView } from "@/db/queries/program";
import { formatShortDate } from "@/lib/dates/iso-date";
import { getExercise } from "@/lib/program/exercises";
import { DeleteSession, SessionDeletes } from "./session-deletes";

/** Sessions newest first, with how the back felt before and after each. */
export function SessionHistory({
  sessions,
  limit = 20,
}: {
  sessions: readonly SessionView[];
  limit?: number;
}) {
  if (sessions.length === 0) {
    return (
      <p className="text-muted">
        No sessions logged yet. Your first one is the hardest; log it above when it&apos;s done.
      </p>
    );
  }
  const shown = sessions.slice(0, limit);
  return (
    <>
      <p className="text-muted">
        {sessions.length} {sessions.length === 1 ? "session" : "sessions"} logged on this plan
        {sessions.length > shown.length ? `; the latest ${shown.length} are below` : ""}.
      </p>
      <SessionDeletes>
        <ol className="space-y-3" aria-label="Sessions, newest first">
          {shown.map((s) => {
            const day = formatShortDate(s.date, true);
            const names = s.exerciseIds.map((id) => getExercise(id)?.name ?? id);
            return (
              <li
                key={s.id}
                id={`session-${s.id}`}
                className="rounded-xl border border-gray-200 p-4"
              >
                <div className="min-w-0 space-y-1">
                  <p className="font-semibold">
                    <time dateTime={s.date}>{day}</time> · phase {s.phase}
                  </p>
                  <p>
                    Pain {s.painBefore} → {s.painAfter} · effort {s.effort}/10
                  </p>
                  <p className="text-muted text-sm">{names.join(", ")}</p>
                  {s.notes ? (
                    <p className="text-sm break-words whitespace-pre-line">{s.notes}</p>
                  ) : null}
                </div>
                <div className="mt-3 border-t border-gray-200 pt-2">
                  <DeleteSession id={s.id} day={day} />
                </div>
              </li>
            );
          })}
        </ol>
      </SessionDeletes>
    </>
  );
}
