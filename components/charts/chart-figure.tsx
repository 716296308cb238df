/**
 * The `<figure>` both charts render in, with their inside as one prebuilt HTML string
 * (chart-markup.ts). It brings its own white background, so the chart's colours keep their
 * contrast whatever page it sits on. Safe to inject: the string is built with hastscript and
 * serialised by hast-util-to-html, which escapes every text and attribute value.
 */
export function ChartFigure({ html, className }: { html: string; className?: string }) {
  return (
    <figure
      className={`rounded-lg border border-slate-300 bg-white p-4 text-slate-900 ${className ?? ""}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
