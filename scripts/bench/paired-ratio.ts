// A route's throughput against its baseline, paired round by round: each round's route and
// baseline ran within a minute of each other, so the pair shares whatever the shared VM was
// doing then. The median of those per-round ratios is steadier than dividing the two
// medians, which can come from different rounds (decision record 0008).

/** Median of route[i] / baseline[i] over the rounds both have, to two decimals. */
export function pairedRatio(route: readonly number[], baseline: readonly number[]): number {
  const n = Math.min(route.length, baseline.length);
  if (n === 0) return NaN;
  const ratios = Array.from({ length: n }, (_, i) => route[i]! / baseline[i]!).sort(
    (a, b) => a - b,
  );
  const mid = Math.floor(n / 2);
  const median = n % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return +median.toFixed(2);
}
