// Splits a V8 CPU profile into stretches of work between idle samples (in a
// browser's main thread these are, roughly, its tasks) and gives each long one
// a call tree, so a long task can be read top-down.
import type { CpuProfile } from "./cpu-profile-summary";

export type TreeLine = { depth: number; frame: string; ms: number };
export type Stretch = { ms: number; tree: TreeLine[] };

type Options = { minStretchMs: number; minNodeMs: number };

export function longStretches(
  profile: CpuProfile,
  { minStretchMs, minNodeMs }: Options,
): Stretch[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const frameOf = (id: number) => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return "?";
    const file = f.url.split("/").pop() ?? "";
    return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}:${f.columnNumber ?? 0}` : ""}`;
  };
  // A sample's time is the delta to the next sample.
  const sampleMs = (i: number) => (profile.timeDeltas[i + 1] ?? 0) / 1000;

  const stretches: number[][] = [];
  let current: number[] = [];
  profile.samples.forEach((id, i) => {
    if (nodes.get(id)?.callFrame.functionName === "(idle)") {
      if (current.length) stretches.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) stretches.push(current);

  return stretches
    .map((indexes) => {
      const ms = indexes.reduce((sum, i) => sum + sampleMs(i), 0);
      // Time per call path, keyed by the path's frames from the root down.
      const byPath = new Map<string, { depth: number; frame: string; ms: number }>();
      for (const i of indexes) {
        const chain: number[] = [];
        for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id))
          chain.unshift(id);
        chain.forEach((id, depth) => {
          const key = chain.slice(0, depth + 1).join(">");
          const entry = byPath.get(key) ?? { depth, frame: frameOf(id), ms: 0 };
          entry.ms += sampleMs(i);
          byPath.set(key, entry);
        });
      }
      const tree = [...byPath.entries()]
        .filter(([, line]) => line.ms >= minNodeMs)
        .sort(([a], [b]) => comparePaths(a, b))
        .map(([, line]) => line);
      return { ms, tree };
    })
    .filter((s) => s.ms >= minStretchMs);
}

/** Depth-first order: a path sorts right after its parent. */
function comparePaths(a: string, b: string): number {
  const pa = a.split(">").map(Number);
  const pb = b.split(">").map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++)
    if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return pa.length - pb.length;
}
