import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { painTrend } from "@/lib/journal/pain-trend";
import { BarCompare } from "./bar-compare";
import { PainLineChart } from "./pain-line-chart";

const TODAY = "2025-05-31";

describe("PainLineChart", () => {
  const trend = painTrend(
    [
      { date: "2025-05-29", pain: 4, worstPain: 6 },
      { date: "2025-05-30", pain: 5, worstPain: 7 },
      { date: "2025-05-31", pain: 3, worstPain: 5 },
    ],
    { days: 30, today: TODAY },
  );
  if (trend.status !== "ok") throw new Error("expected ok");
  const html = renderToStaticMarkup(createElement(PainLineChart, { points: trend.points }));

  it("renders a labelled, described SVG image that scales with its container", () => {
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 600 300"[^>]*role="img"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<title id="${labelledBy}">Pain over time</title>`);
    expect(html).toContain(`<desc id="${describedBy}">Daily pain from 2 May 2025 to 31 May 2025`);
    expect(html).not.toContain("use client");
  });

  it("offers the data as a table inside a disclosure", () => {
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Show the data as a table<\/summary><table/);
    expect(html).toContain('<th scope="col">Pain</th>');
    expect(html).toContain('<time datetime="2025-05-31">31 May 2025</time>');
    expect(html.match(/<tr[ >]/g)?.length).toBe(1 + 3);
  });

  it("draws the daily dots and the average line", () => {
    // Three days, each a zero-length round-capped segment (a dot of the same size at any width).
    expect(html.match(/M[\d.]+,[\d.]+h0/g)?.length).toBe(3);
    expect(html).toMatch(
      /<path class="text-slate-700" d="M[\d.,ML]+" fill="none"[^>]*stroke-dasharray="6 4"/,
    );
    expect(html).toContain('vector-effect="non-scaling-stroke"');
  });

  it("puts its axis labels in HTML over the drawing, where they keep one text size", () => {
    expect(html).not.toMatch(/<text[ >]/);
    expect(html).toMatch(
      /<div aria-hidden="true"><span class="[^"]*text-xs[^"]*" style="left:[\d.]+%;top:[\d.]+%">\d+<\/span>/,
    );
  });
});

describe("BarCompare", () => {
  const html = renderToStaticMarkup(
    createElement(BarCompare, {
      title: "Pain after short and long nights",
      groups: [
        { label: "7 h or more", value: 3.2, days: 12 },
        { label: "Under 7 h", value: null, days: 2 },
      ],
    }),
  );

  it("renders an accessible SVG with a description of each group", () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain("<title");
    expect(html).toContain(
      "Average pain (0–10). 7 h or more: 3.2 (12 days). Under 7 h: too few days to show (2).",
    );
    expect(html.match(/<rect /g)?.length).toBe(1);
    expect(html).toContain("Too few days");
  });

  it("offers the data as a table", () => {
    expect(html).toContain("Show the data as a table");
    expect(html).toContain('<th scope="row">Under 7 h</th>');
  });
});

describe("chart markup built as a string", () => {
  it("escapes text, so a label can never become markup", () => {
    const html = renderToStaticMarkup(
      createElement(BarCompare, {
        title: 'Pain & "sleep" <script>',
        groups: [{ label: "<img src=x onerror=alert(1)>", value: 2, days: 3 }],
      }),
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>");
  });
});
