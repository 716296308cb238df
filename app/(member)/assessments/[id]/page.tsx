import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultView } from "@/components/quiz/result-view";
import { memberViewer } from "@/app/_lib/member-viewer";
import { getAssessment, displayedResult } from "@/db/queries/assessments";
import { requireUser } from "@/server/auth/current-user";

export const metadata: Metadata = { title: "Quiz result", robots: { index: false, follow: false } };

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  // Looked up by id AND the member's id: anyone else's result is simply not found.
  const stored = await getAssessment({ userId: user.id, id });
  if (!stored) notFound();
  return (
    <ResultView
      displayed={displayedResult(stored)}
      answers={stored.answers}
      takenOn={stored.createdAt}
      viewer={await memberViewer({ userId: user.id, assessmentId: stored.id })}
    />
  );
}
