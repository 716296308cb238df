import type { Metadata } from "next";
import { requireUser } from "@/server/auth/current-user";

// Benchmark baseline: a trivial signed-in dynamic page — session check and
// nothing else. Reachable only with BENCH_ROUTES=true (see proxy.ts).
export const metadata: Metadata = { title: "Signed-in baseline", robots: { index: false } };

export default async function BenchSignedInPage() {
  const user = await requireUser();
  return <p>Signed in as {user.name ?? "member"}.</p>;
}
