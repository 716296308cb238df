import { Card } from "@/components/ui/card";
import { SOFT_FLAG_NOTES_V2 } from "@/lib/quiz/v2/copy";
import type { QuizV2Result } from "@/lib/quiz/v2/score";
import type { QuizResult } from "@/lib/quiz/types";

/**
 * A version-2 candidate or assessment-first result in the shape the shared result layout reads;
 * version 2's new notes are shown beside it by NotesV2.
 */
export function asVersion1Display(result: QuizV2Result): QuizResult {
  return {
    version: 1,
    outcome: result.outcome,
    type: result.type,
    runnerUp: result.runnerUp,
    scores: result.scores,
    category: result.category,
    redFlags: [],
    softFlags: result.softFlags.filter(
      (flag): flag is "oneLegSymptoms" | "bothLegsSymptoms" | "slowToSettle" | "chronic" =>
        flag === "oneLegSymptoms" ||
        flag === "bothLegsSymptoms" ||
        flag === "slowToSettle" ||
        flag === "chronic",
    ),
  };
}

export function NotesV2({ result }: { result: QuizV2Result }) {
  const notes = result.softFlags.flatMap((flag) => {
    const note = SOFT_FLAG_NOTES_V2[flag];
    return note ? [note] : [];
  });
  if (notes.length === 0) return null;
  return (
    <Card aria-labelledby="notes-v2-heading">
      <h2 id="notes-v2-heading" className="text-lg font-semibold">
        Before you start
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </Card>
  );
}
