import type { Metadata } from "next";
import { CourseIndex } from "../learn/_components/course-index";
import { loadCourseDone } from "@/server/member/load-course";

// Serves /learn per request for browsers with the "signed in" hint, through a rewrite
// (next.config.mjs), so the URL stays /learn and guests keep the prerendered page.

export const metadata: Metadata = {
  title: "Learn: a short course on back pain",
  alternates: { canonical: "/learn" },
  robots: { index: false, follow: true },
};

export default async function LearnLivePage() {
  return <CourseIndex done={await loadCourseDone()} />;
}
