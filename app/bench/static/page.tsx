import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";

// Benchmark baseline: the cheapest page this build can serve, prerendered and served the way
// every static page is (the proxy never sees it), so "article ≥ 0.9× the floor" compares like
// with like. The flag is read at build: `npm run bench` builds with BENCH_ROUTES=true; any
// other build prerenders this path as a 404.
export const metadata: Metadata = { title: "Baseline", robots: { index: false } };

export default function BenchStaticPage() {
  if (!env.BENCH_ROUTES) notFound();
  return <p>Static baseline.</p>;
}
