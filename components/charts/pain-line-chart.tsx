import { useId } from "react";
import { PainAxis } from "./pain-axis";
import { painChartGeometry } from "@/lib/journal/chart-geometry";
import { describePainTrend } from "@/lib/journal/chart-text";
import { formatShortDate } from "@/lib/journal/iso-date";
import type { PainTrendPoint } from "@/lib/journal/pain-trend";

type PainLineChartProps = {
  /** `points` from an "ok" painTrend result. */
  points: readonly PainTrendPoint[];
  title?: string;
  className?: string;
};

/**
 * Daily pain with its 7-day average, drawn on the server as SVG. The figure carries its own
 * white background so the colours keep their contrast (all ≥ 4.5:1) whatever page it sits on,
 * and the two series differ in shape as well as colour: dots and a thin line for daily pain,
 * a thick line for the average.
 */
export function PainLineChart({ points, title = "Pain over time", className }: PainLineChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const g = painChartGeometry(points);
  const logged = points.filter((p) => p.pain !== null);

  return (
    <figure
      className={`rounded-lg border border-slate-300 bg-white p-4 text-slate-900 ${className ?? ""}`}
    >
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="h-auto w-full"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describePainTrend(points)}</desc>

        <PainAxis ticks={g.yTicks} plot={g.plot} />
        <g className="fill-slate-700 text-[14px]">
          {g.xTicks.map((t) => (
            <text key={t.date} x={t.x} y={g.plot.bottom + 24} textAnchor="middle">
              {t.label}
            </text>
          ))}
        </g>
        <line
          className="text-slate-700"
          stroke="currentColor"
          x1={g.plot.left}
          x2={g.plot.right}
          y1={g.plot.bottom}
          y2={g.plot.bottom}
        />

        <g className="text-sky-700">
          <path d={g.dailyPath} fill="none" stroke="currentColor" strokeWidth={1.5} />
          {g.dots.map((d) => (
            <circle key={d.date} cx={d.x} cy={d.y} r={3} fill="currentColor" />
          ))}
        </g>
        <path
          className="text-orange-700"
          d={g.averagePath}
          fill="none"
          stroke="currentColor"
          strokeWidth={3.5}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>

      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="10" className="text-sky-700">
            <line x1="0" x2="24" y1="5" y2="5" stroke="currentColor" strokeWidth="1.5" />
            <circle cx="12" cy="5" r="3" fill="currentColor" />
          </svg>
          Daily pain (0–10)
        </span>
        <span className="inline-flex items-center gap-2">
          <svg aria-hidden="true" width="24" height="10" className="text-orange-700">
            <line x1="0" x2="24" y1="5" y2="5" stroke="currentColor" strokeWidth="3.5" />
          </svg>
          7-day average
        </span>
      </figcaption>

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium underline underline-offset-2">
          Show the data as a table
        </summary>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">
            {title}: pain on each logged day, with the 7-day average
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-4">
                Date
              </th>
              <th scope="col" className="py-1 pr-4">
                Pain
              </th>
              <th scope="col" className="py-1 pr-4">
                Worst pain
              </th>
              <th scope="col" className="py-1">
                7-day average
              </th>
            </tr>
          </thead>
          <tbody>
            {logged.length === 0 ? (
              <tr>
                <td colSpan={4} className="py-1">
                  No entries in this period.
                </td>
              </tr>
            ) : (
              logged.map((p) => (
                <tr key={p.date} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    <time dateTime={p.date}>{formatShortDate(p.date, true)}</time>
                  </th>
                  <td className="py-1 pr-4">{p.pain}</td>
                  <td className="py-1 pr-4">{p.worstPain ?? "–"}</td>
                  <td className="py-1">{p.sevenDayAverage ?? "–"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
