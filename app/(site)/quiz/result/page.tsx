import type { Metadata } from "next";
import { ResultView } from "@/components/quiz/result-view";
import { memberViewer } from "@/app/_lib/member-viewer";
import { ButtonLink } from "@/components/ui/button-link";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import {
  getGuestAssessment,
  getLatestAssessmentDetail,
  displayedResult,
} from "@/db/queries/assessments";
import { getCurrentUser } from "@/server/auth/current-user";
import { readGuestResultId } from "@/server/quiz/guest-result";

export const metadata: Metadata = {
  title: "Your quiz result",
  robots: { index: false, follow: false },
};

// Dynamic by nature: it reads the session or the guest cookie (cookies()
// opts the route out of prerendering).
export default async function QuizResultPage() {
  const user = await getCurrentUser();
  const stored = user
    ? await getLatestAssessmentDetail({ userId: user.id })
    : await guestAssessment();
  if (!stored) return <NoResult />;
  return (
    <ResultView
      displayed={displayedResult(stored)}
      answers={stored.answers}
      takenOn={stored.createdAt}
      viewer={
        user ? await memberViewer({ userId: user.id, assessmentId: stored.id }) : { kind: "guest" }
      }
    />
  );
}

async function guestAssessment() {
  const id = await readGuestResultId();
  return id ? getGuestAssessment({ id }) : null;
}

function NoResult() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      <h1 className="font-serif text-3xl font-bold">No quiz result yet</h1>
      <p>
        We could not find a result for you. Results taken without an account are kept for 30 days in
        the browser you used.
      </p>
      <ButtonLink href="/quiz">Take the 2-minute quiz</ButtonLink>
      <DisclaimerBox />
    </div>
  );
}
