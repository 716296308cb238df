import type { Metadata } from "next";
import Link from "next/link";
import { QuizRunner } from "@/app/(site)/quiz/_components/quiz-runner";
import { RedFlagSummary } from "@/components/safety/red-flag-list";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { submitQuizAction } from "@/actions/quiz";

export const metadata: Metadata = {
  title: "Back pain quiz",
  description:
    "Eight safety questions first, then a few about your pain and how movement affects it. No account needed. Suggests which movement pattern your back pain follows and what to do next.",
  alternates: { canonical: "/quiz" },
};

// Static shell: the steps run in one small client component and the answers
// go to a server action. Nothing here reads the request, so the page is
// prerendered at build.
export default function QuizPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">Back pain quiz</h1>
      <p className="text-muted mt-3">
        About two minutes, one question at a time. No account needed. You can go back and change an
        answer, and your answers are kept if the page reloads. The quiz is for people aged 16 and
        over.
      </p>
      <noscript>
        <p className="border-warn-700/30 bg-warn-50 mt-4 rounded-lg border p-4">
          This quiz needs JavaScript to show one question at a time. Please turn it on, or read our{" "}
          <Link href="/rest-or-move" className="underline">
            rest-or-move guide
          </Link>{" "}
          instead.
        </p>
        <RedFlagSummary className="mt-3" />
      </noscript>
      <div className="mt-8">
        <QuizRunner action={submitQuizAction} />
      </div>
      <DisclaimerBox className="mt-10" />
    </div>
  );
}
