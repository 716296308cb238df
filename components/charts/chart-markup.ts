import type { Element, ElementContent } from "hast";
import { h, s } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Plot, Tick } from "@/lib/journal/chart-geometry";

// The charts are built as hast trees and serialised to one HTML string, which
// the chart components inject with a single `dangerouslySetInnerHTML` (as
// article bodies are; decision record 0007). As React elements, a 30-day chart
// and its table were ~300 elements rendered twice per request (RSC, then HTML)
// and carried again in the RSC payload: the largest part of /dashboard's
// server time. The markup is the same; hast-util-to-html escapes every text
// and attribute value, so a label can never become markup.

/** Serialises the inside of a chart's `<figure>`. */
export function chartHtml(children: ElementContent[]): string {
  return toHtml({ type: "root", children });
}

/**
 * The chart: an SVG image named by its title and described by its text summary, scaled to its
 * container, with its axis and value labels laid over it as HTML (`labels`, from chartLabel).
 * SVG text would scale with the drawing: 7 px on a phone and 25 px on a wide screen. HTML
 * labels keep one size (12 px and up, and they grow with the reader's text size), placed by
 * percentage so they stay on their ticks at any width. Lines keep their width too
 * (non-scaling strokes). `idPrefix` (from useId) keeps ids unique when a page has several charts.
 */
export function labelledSvg(
  {
    width,
    height,
    title,
    description,
    idPrefix,
    labels,
  }: {
    width: number;
    height: number;
    title: string;
    description: string;
    idPrefix: string;
    labels: ElementContent[];
  },
  children: ElementContent[],
): Element {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return h("div", { className: "relative" }, [
    s(
      "svg",
      {
        viewBox: `0 0 ${width} ${height}`,
        role: "img",
        ariaLabelledBy: titleId,
        ariaDescribedBy: descId,
        className: "block h-auto w-full",
      },
      [s("title", { id: titleId }, title), s("desc", { id: descId }, description), ...children],
    ),
    // The drawing's own title, description and the data table say all of this to a screen reader.
    h("div", { ariaHidden: "true" }, labels),
  ]);
}

const ANCHOR = { start: "", middle: "-translate-x-1/2", end: "-translate-x-full" } as const;
const BASELINE = { top: "", middle: "-translate-y-1/2", bottom: "-translate-y-full" } as const;

/**
 * A label at a point of the drawing (viewBox units), as HTML over the SVG. `anchor` says which
 * of its edges sits on x, `baseline` which on y, as SVG's text-anchor and baseline would.
 */
export function chartLabel(
  box: { width: number; height: number },
  at: { x: number; y: number },
  text: string,
  {
    anchor = "middle",
    baseline = "middle",
    className = "",
  }: {
    anchor?: keyof typeof ANCHOR;
    baseline?: keyof typeof BASELINE;
    className?: string;
  } = {},
): Element {
  const left = Math.round((at.x / box.width) * 10_000) / 100;
  const top = Math.round((at.y / box.height) * 10_000) / 100;
  return h(
    "span",
    {
      className:
        `absolute whitespace-nowrap leading-none ${ANCHOR[anchor]} ${BASELINE[baseline]} ${className}`.trim(),
      style: `left:${left}%;top:${top}%`,
    },
    text,
  );
}

/** The 0–10 pain axis both charts share: horizontal gridlines (drawing) and their labels. */
export function painAxis(
  ticks: readonly Tick[],
  plot: Plot,
  box: { width: number; height: number },
): { lines: Element; labels: Element[] } {
  return {
    lines: s(
      "g",
      { className: "text-slate-200", stroke: "currentColor", strokeWidth: 1 },
      // vector-effect is not inherited, so each line carries it.
      ticks.map((t) =>
        s("line", {
          x1: plot.left,
          x2: plot.right,
          y1: t.y,
          y2: t.y,
          vectorEffect: "non-scaling-stroke",
        }),
      ),
    ),
    labels: ticks.map((t) =>
      chartLabel(box, { x: plot.left, y: t.y }, String(t.value), {
        anchor: "end",
        className: "-ml-1.5 text-xs text-slate-700",
      }),
    ),
  };
}

/**
 * Date labels under a line chart's plot. The first and last sit inside the drawing instead of
 * spilling past it; a phone has room for every other date, and the latest is always kept.
 */
export function dateAxisLabels(
  ticks: readonly { x: number; label: string }[],
  plot: Plot,
  box: { width: number; height: number },
): Element[] {
  return ticks.map((t, i) =>
    chartLabel(box, { x: t.x, y: plot.bottom }, t.label, {
      anchor: i === 0 && t.x <= plot.left ? "start" : t.x >= plot.right ? "end" : "middle",
      baseline: "top",
      className: `mt-1.5 text-xs text-slate-700 ${(ticks.length - 1 - i) % 2 === 1 ? "max-sm:hidden" : ""}`,
    }),
  );
}

/** The chart's baseline: a darker line along the bottom of the plot. */
export function baseline(plot: Plot): Element {
  return s("line", {
    className: "text-slate-700",
    stroke: "currentColor",
    vectorEffect: "non-scaling-stroke",
    x1: plot.left,
    x2: plot.right,
    y1: plot.bottom,
    y2: plot.bottom,
  });
}

export type TableColumn = { label: string };
/** One row: its header cell (the row's name), then one value per remaining column. */
export type TableRow = { header: ElementContent | string; cells: readonly (string | number)[] };

/**
 * The chart's data as a table inside a disclosure, for anyone who can't or would rather not
 * read the drawing. The cell styles are set once, on the table, not on each of its ~100
 * cells: on a six-month dashboard that was 4.5 KB of repeated class names, sent twice (HTML
 * and RSC payload) on every request. The last column has no right padding.
 */
const TABLE_CLASS = [
  "mt-2 w-full border-collapse text-left",
  "[&_:is(td,th)]:py-1 [&_:is(td,th):not(:last-child)]:pr-4",
  "[&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200",
].join(" ");

export function dataTable({
  caption,
  columns,
  rows,
  emptyText,
}: {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  emptyText?: string;
}): Element {
  const body =
    rows.length === 0 && emptyText
      ? [h("tr", [h("td", { colSpan: columns.length }, emptyText)])]
      : rows.map((row) =>
          h("tr", [
            h("th", { scope: "row" }, [row.header]),
            ...row.cells.map((cell) => h("td", String(cell))),
          ]),
        );
  return h("details", { className: "mt-3 text-sm" }, [
    h(
      "summary",
      { className: "cursor-pointer font-medium underline underline-offset-2" },
      "Show the data as a table",
    ),
    h("table", { className: TABLE_CLASS }, [
      h("caption", { className: "sr-only" }, caption),
      h("thead", [
        h(
          "tr",
          { className: "border-b border-slate-300" },
          columns.map((c) => h("th", { scope: "col" }, c.label)),
        ),
      ]),
      h("tbody", body),
    ]),
  ]);
}
