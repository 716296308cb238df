import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonView } from "../../learn/_components/lesson-view";
import { LESSON_ID_MAX_LENGTH, lessonById } from "@/lib/learn/lessons";
import { lessonPath } from "@/lib/learn/paths";
import { loadCourseDone } from "@/server/member/load-course";

// Serves /learn/<lesson> per request, through a rewrite (next.config.mjs), when the query
// holds an answer (the check question's GET form, or the member's action redirecting here)
// or the browser carries the "signed in" hint. The URL people see and share stays the lesson's.

type Params = Promise<{ lesson: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Longer than any option id: a longer value is treated as no answer, unread. */
const ANSWER_MAX = 8;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = lessonById((await params).lesson);
  if (!lesson) return {};
  return {
    title: `${lesson.title} · Learn`,
    description: lesson.summary,
    alternates: { canonical: lessonPath(lesson.id) },
    robots: { index: false, follow: true },
  };
}

export default async function LessonLivePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const id = (await params).lesson;
  const lesson = id.length <= LESSON_ID_MAX_LENGTH ? lessonById(id) : undefined;
  if (!lesson) notFound();
  const raw = (await searchParams).answer;
  const answer = Array.isArray(raw) ? raw[0] : raw;
  const picked = answer === undefined ? null : answer.length <= ANSWER_MAX ? answer : "";
  return <LessonView lesson={lesson} picked={picked} done={await loadCourseDone()} />;
}
