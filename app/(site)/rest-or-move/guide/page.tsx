import type { Metadata } from "next";
import { nextStep, parseAnswers, stepCount } from "@/lib/rest-or-move/decide";
import { OUTCOMES } from "@/lib/rest-or-move/outcomes";
import { Guide } from "../_components/guide";

// Serves /rest-or-move?pain=… through a rewrite, so each step keeps the
// public URL. Steps are not indexed; the guide's canonical is /rest-or-move.

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The step in the title: the first thing a screen reader says after each reload. */
export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { answers } = parseAnswers(await searchParams);
  const step = nextStep(answers);
  const where =
    step.kind === "question"
      ? `Step ${Object.keys(step.answered).length + 1} of ${stepCount(answers)}`
      : `Your result, ${step.category}: ${OUTCOMES[step.category].title}`;
  return {
    title: `${where} · Should I rest or move?`,
    alternates: { canonical: "/rest-or-move" },
    robots: { index: false, follow: true },
  };
}

export default async function RestOrMoveStepPage({ searchParams }: { searchParams: SearchParams }) {
  const { answers, invalid } = parseAnswers(await searchParams);
  return <Guide answers={answers} invalid={invalid} />;
}
