import type { Metadata } from "next";

// Benchmark baseline: the cheapest page this build can serve. Reachable only
// when the server runs with BENCH_ROUTES=true (proxy.ts answers 404 otherwise).
export const metadata: Metadata = { title: "Baseline", robots: { index: false } };

export default function BenchStaticPage() {
  return <p>Static baseline.</p>;
}
