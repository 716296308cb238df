// Self time per function and per package from a V8 .cpuprofile (the format
// `node --cpu-prof` writes), with idle and GC time kept as their own rows.

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber?: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type SummaryRow = { name: string; percent: number };

/** The package a script belongs to ("next", "react-dom", …), or "app" for our own bundled code. */
export function packageOf(url: string): string {
  if (!url) return "(native)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.startsWith("node:")) return "node";
  if (url.includes("/.next/")) return "app (.next)";
  return "other";
}

function ranked(totals: Map<string, number>, all: number): SummaryRow[] {
  return [...totals.entries()]
    .map(([name, micros]) => ({ name, percent: all ? (100 * micros) / all : 0 }))
    .sort((a, b) => b.percent - a.percent);
}

export function summariseCpuProfile(profile: CpuProfile): {
  byFunction: SummaryRow[];
  byPackage: SummaryRow[];
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    all += delta;
    const file = frame.url.split("/").slice(-1)[0] ?? "";
    const fn = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
    const pkg = frame.url ? packageOf(frame.url) : frame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
  });
  return { byFunction: ranked(byFunction, all), byPackage: ranked(byPackage, all) };
}
