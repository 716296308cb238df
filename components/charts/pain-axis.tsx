import type { Plot, Tick } from "@/lib/journal/chart-geometry";

/** The 0–10 pain axis both charts share: horizontal gridlines and their labels. */
export function PainAxis({ ticks, plot }: { ticks: readonly Tick[]; plot: Plot }) {
  return (
    <>
      <g className="text-slate-200" stroke="currentColor" strokeWidth={1}>
        {ticks.map((t) => (
          <line key={t.value} x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
        ))}
      </g>
      <g className="fill-slate-700 text-[14px]">
        {ticks.map((t) => (
          <text key={t.value} x={plot.left - 8} y={t.y} textAnchor="end" dominantBaseline="middle">
            {t.value}
          </text>
        ))}
      </g>
    </>
  );
}
