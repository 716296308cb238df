import { exerciseById } from "@/lib/program/exercises";
import type { TodaysSession } from "@/lib/program/today";
import { exerciseAnchor } from "./phase-plan";

/** Today's exercises with their dose, each linking to its full instructions on /program. */
export function TodaysSessionList({
  session,
  linkBase = "",
  adjustedDoseTexts = {},
}: {
  session: TodaysSession;
  linkBase?: string;
  /** By exercise id: the member's dose after their guided-session ratings, where it moved. */
  adjustedDoseTexts?: Readonly<Record<string, string>>;
}) {
  return (
    <ul className="space-y-2">
      {session.exerciseIds.map((id) => {
        const e = exerciseById(id);
        const adjusted = adjustedDoseTexts[id];
        return (
          <li key={id} className="flex flex-col">
            <a
              href={`${linkBase}#${exerciseAnchor(session.phase, id)}`}
              className="font-medium underline"
            >
              {e.name}
            </a>
            <span className="text-muted text-sm">
              {adjusted ? `${adjusted}, adjusted from your last sessions` : e.doseText}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
