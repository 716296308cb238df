import type { Metadata } from "next";
import { openGraph } from "@/lib/articles/open-graph";
import { CourseIndex } from "./_components/course-index";

// Static for everyone. A browser carrying the "signed in" hint is served the per-request twin
// under the same URL instead (next.config.mjs, app/(site)/learn-live), which adds the ticks.

export const metadata: Metadata = {
  title: "Learn: a short course on back pain",
  description:
    "Seventeen short lessons on lower back pain, 3–5 minutes each: why backs hurt, flares, pacing, sleep, lifting, pain relief, sciatica, scans, work and when to see someone.",
  alternates: { canonical: "/learn" },
  openGraph: openGraph({ url: "/learn" }),
};

export default function LearnPage() {
  return <CourseIndex done={null} />;
}
