import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { openGraph } from "@/lib/articles/open-graph";
import { LESSONS, lessonById } from "@/lib/learn/lessons";
import { lessonPath } from "@/lib/learn/paths";
import { LessonView } from "../_components/lesson-view";

// Prerendered for every lesson. An answer in the query (?answer=…) or a browser carrying the
// "signed in" hint is served the per-request twin under the same URL (next.config.mjs).

export const dynamicParams = false;

export function generateStaticParams() {
  return LESSONS.map((lesson) => ({ lesson: lesson.id }));
}

type Params = Promise<{ lesson: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = lessonById((await params).lesson);
  if (!lesson) return {};
  return {
    title: `${lesson.title} · Learn`,
    description: lesson.summary,
    alternates: { canonical: lessonPath(lesson.id) },
    openGraph: openGraph({ url: lessonPath(lesson.id) }),
  };
}

export default async function LessonPage({ params }: { params: Params }) {
  const lesson = lessonById((await params).lesson);
  if (!lesson) notFound();
  return <LessonView lesson={lesson} picked={null} done={null} />;
}
