import type { Metadata } from "next";
import { Guide } from "./_components/guide";
import { openGraph } from "@/lib/articles/open-graph";

// Static: the first question. Once answers are in the query (?pain=…), the
// request is rewritten to ./guide, which reads them (next.config.mjs).

export const metadata: Metadata = {
  title: "Should I rest or move?",
  description:
    "A short guide to whether to rest or keep moving with lower back pain today: answer a few questions and get what to do, what to avoid and when to get assessed.",
  alternates: { canonical: "/rest-or-move" },
  openGraph: openGraph({ url: "/rest-or-move" }),
};

export default function RestOrMovePage() {
  return <Guide answers={{}} />;
}
