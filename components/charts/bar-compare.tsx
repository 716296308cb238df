import { useId } from "react";
import { PainAxis } from "./pain-axis";
import { barChartGeometry, PAIN_SCALE_MAX } from "@/lib/journal/chart-geometry";
import { describeComparison, type ComparisonGroup } from "@/lib/journal/chart-text";

type BarCompareProps = {
  title: string;
  /** Two or three groups, e.g. after ≥ 7 h sleep / after < 7 h. A null value is "too few days". */
  groups: readonly ComparisonGroup[];
  /** What the bars measure, for the description and the table header. */
  valueLabel?: string;
  max?: number;
  className?: string;
};

/**
 * A small bar comparison (sleep, active vs rest, stress bands) drawn on the server as SVG,
 * with a text description and a data table for anyone who can't or would rather not read the
 * bars. Like the pain chart, it brings its own white background so its colours keep contrast.
 */
export function BarCompare({
  title,
  groups,
  valueLabel = "Average pain (0–10)",
  max = PAIN_SCALE_MAX,
  className,
}: BarCompareProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const g = barChartGeometry(groups, { max });

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
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describeComparison(groups, valueLabel)}</desc>

        <PainAxis ticks={g.yTicks} plot={g.plot} />

        {g.bars.map((bar, i) => (
          <g key={bar.label}>
            {bar.value === null ? (
              <text
                x={bar.centerX}
                y={g.plot.bottom - 8}
                textAnchor="middle"
                className="fill-slate-700 text-[14px] italic"
              >
                Too few days
              </text>
            ) : (
              <>
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  rx={3}
                  className="fill-sky-700"
                />
                <text
                  x={bar.centerX}
                  y={bar.y - 6}
                  textAnchor="middle"
                  className="fill-slate-900 text-[15px] font-semibold"
                >
                  {bar.value}
                </text>
              </>
            )}
            <text
              x={bar.centerX}
              y={g.plot.bottom + 20}
              textAnchor="middle"
              className="fill-slate-900 text-[14px]"
            >
              {bar.label}
            </text>
            <text
              x={bar.centerX}
              y={g.plot.bottom + 38}
              textAnchor="middle"
              className="fill-slate-700 text-[13px]"
            >
              {daysText(groups[i]?.days ?? 0)}
            </text>
          </g>
        ))}
        <line
          className="text-slate-700"
          stroke="currentColor"
          x1={g.plot.left}
          x2={g.plot.right}
          y1={g.plot.bottom}
          y2={g.plot.bottom}
        />
      </svg>

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium underline underline-offset-2">
          Show the data as a table
        </summary>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-4">
                Group
              </th>
              <th scope="col" className="py-1 pr-4">
                {valueLabel}
              </th>
              <th scope="col" className="py-1">
                Days
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.label} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {group.label}
                </th>
                <td className="py-1 pr-4">{group.value ?? "Too few days"}</td>
                <td className="py-1">{group.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function daysText(days: number): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}
