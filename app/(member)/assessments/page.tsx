import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/articles/dates";
import { ButtonLink } from "@/components/ui/button-link";
import { getAssessments } from "@/db/queries/assessments";
import { requireUser } from "@/server/auth/current-user";
import { CATEGORY_COPY } from "@/lib/quiz/copy";
import { RESULT_TYPE_LABELS, type Outcome } from "@/lib/quiz/types";

export const metadata: Metadata = {
  title: "My quiz results",
  robots: { index: false, follow: false },
};

const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  urgent: "Urgent care advised",
  doctor_first: "See a doctor first",
  assessment_first: "Get assessed first",
  candidate: "Ready for a program",
};

export default async function AssessmentsPage() {
  const user = await requireUser();
  const results = await getAssessments({ userId: user.id });
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:py-12">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">My quiz results</h1>
          <p className="text-muted mt-2">
            Every time you have taken the quiz, newest first. Pain changes, so it is worth retaking
            now and then.
          </p>
        </div>
        <ButtonLink href="/quiz">Retake the quiz</ButtonLink>
      </div>

      {results.length === 0 ? (
        <p>
          You have not taken the quiz yet.{" "}
          <Link href="/quiz" className="underline">
            Take the 2-minute quiz
          </Link>{" "}
          to find out which movement pattern your back pain suggests.
        </p>
      ) : (
        // Scrolls sideways on a narrow phone instead of squashing the columns;
        // focusable so keyboard users can scroll it too.
        <div
          role="region"
          aria-labelledby="results-caption"
          tabIndex={0}
          className="border-brand-100 overflow-x-auto rounded-xl border"
        >
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption id="results-caption" className="sr-only">
              Quiz results, newest first
            </caption>
            <thead className="bg-brand-50 text-sm">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Taken on
                </th>
                <th scope="col" className="px-4 py-3">
                  Outcome
                </th>
                <th scope="col" className="px-4 py-3">
                  Pattern
                </th>
                <th scope="col" className="px-4 py-3">
                  Category
                </th>
                <th scope="col" className="px-4 py-3">
                  Worst pain
                </th>
                <th scope="col" className="px-4 py-3">
                  Quiz version
                </th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.id} className="border-brand-100 border-t">
                  <th scope="row" className="px-4 py-3 font-normal">
                    <Link href={`/assessments/${result.id}`} className="underline">
                      {formatDate(result.createdAt)}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{OUTCOME_LABELS[result.outcome]}</td>
                  <td className="px-4 py-3">
                    {result.resultType ? RESULT_TYPE_LABELS[result.resultType] : "—"}
                  </td>
                  <td className="px-4 py-3">
                    {result.category
                      ? `${result.category}: ${CATEGORY_COPY[result.category].title}`
                      : "—"}
                  </td>
                  <td className="px-4 py-3">
                    {result.worstPain === null ? "—" : `${result.worstPain} / 10`}
                  </td>
                  <td className="px-4 py-3">{result.quizVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
