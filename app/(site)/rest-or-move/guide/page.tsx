import type { Metadata } from "next";
import { parseAnswers } from "@/lib/rest-or-move/decide";
import { Guide } from "../_components/guide";

// Serves /rest-or-move?pain=… through a rewrite, so each step keeps the
// public URL. Steps are not indexed; the guide's canonical is /rest-or-move.

export const metadata: Metadata = {
  title: "Should I rest or move?",
  alternates: { canonical: "/rest-or-move" },
  robots: { index: false, follow: true },
};

export default async function RestOrMoveStepPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { answers, invalid } = parseAnswers(await searchParams);
  return <Guide answers={answers} invalid={invalid} />;
}
