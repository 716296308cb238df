import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";
import PDFDocument from "pdfkit";
import type { Box } from "@/lib/journal/chart-geometry";
import { progressChartGeometry, type DatedValue } from "@/lib/progress/chart-geometry";
import type { VisitPack, VisitPackSection } from "@/lib/progress/visit-pack-types";
import {
  flareLines,
  journalPainLine,
  PACK_ACTIVITY_ROWS,
  PACK_FOOTNOTE,
  PACK_TITLE,
  packRangeLine,
  quizLines,
  sectionTitle,
  sessionsLine,
} from "@/lib/progress/visit-pack-words";
import { formatShortDate } from "@/lib/dates/iso-date";
import { woffToSfnt } from "@/server/pdf/woff-to-sfnt";

/**
 * The visit pack as a PDF (docs/product.md §9), drawn with pdfkit on the server: real text in
 * the site's own fonts (embedded, subset, so it can be selected and searched) and the weekly
 * chart as vector paths from the same geometry as the page's SVG. Sections sit in two columns as
 * on the printed page, each in the column that ends higher; a section that does not fit what
 * is left of a page starts the next one, so no chart or section is ever split.
 */

export type PaperSize = "A4" | "LETTER";

const MARGIN = 40;
const GUTTER = 18;
const ROW_GAP = 10;
const BODY = 9;
const SMALL = 7.5;
const HEADING = 11;
const INK = "#0f172a";
const MUTED = "#334155";
const RULE = "#cbd5e1";
// The page chart's two contrast-checked colours (components/charts/progress-line-chart.tsx).
const SOLID = "#0369a1";
const DASHED = "#334155";
const CHART_BOX: Box = {
  width: 250,
  height: 118,
  margin: { top: 6, right: 8, bottom: 16, left: 18 },
};

// The site's own fonts (the files next/font/local serves), unwrapped and parsed once per
// process and shared by every document: parsing them per PDF was over half of its CPU time.
const FONTS = path.join(process.cwd(), "assets/fonts");
let fonts: { body: Font; heading: Font } | null = null;
function loadFonts() {
  const open = (file: string) => {
    const font = create(woffToSfnt(readFileSync(path.join(FONTS, file))));
    if (!("layout" in font)) throw new Error(`${file} is a font collection`);
    return font;
  };
  fonts ??= {
    body: open("inter-latin-400-normal.woff"),
    heading: open("lora-latin-700-normal.woff"),
  };
  return fonts;
}

type Block =
  | { kind: "text"; text: string; size?: number; colour?: string; gap?: number }
  | { kind: "label"; text: string }
  | { kind: "chart"; series: { points: readonly DatedValue[]; dashed: boolean; label: string }[] }
  | { kind: "table"; header: string[]; rows: string[][] };

type Doc = InstanceType<typeof PDFDocument>;

export async function renderVisitPackPdf(
  pack: VisitPack,
  { paper = "A4" }: { paper?: PaperSize } = {},
): Promise<Buffer> {
  const { body, heading } = loadFonts();
  const doc = new PDFDocument({
    size: paper,
    margin: MARGIN,
    info: {
      Title: `${PACK_TITLE}${pack.memberName ? `: ${pack.memberName}` : ""}`,
      Subject: packRangeLine(pack),
      Creator: "LBPfix",
    },
    displayTitle: true,
    lang: "en-GB",
  });
  // pdfkit takes a parsed fontkit font as it takes a file (its font factory checks for
  // `layout`); its types only list files.
  doc.registerFont("body", body as unknown as Buffer);
  doc.registerFont("heading", heading as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const column = (width - GUTTER) / 2;
  const bottom = doc.page.height - MARGIN;
  const top = drawHeader(doc, pack, width);
  // Two columns filled like a newspaper's: each section goes to the column that ends higher,
  // in the pack's order, so a short section never leaves the other column's gap empty. The
  // member's own words span both columns, below the rest. A section that fits neither column
  // starts a new page: none is ever split.
  const ends = [top, top];
  for (const section of pack.sections) {
    if (section.id === "notes") {
      let y = Math.max(...ends);
      if (y + sectionHeight(doc, section, width) > bottom && y > MARGIN) {
        doc.addPage();
        y = MARGIN;
      }
      drawSection(doc, section, MARGIN, y, width);
      ends.fill(y + sectionHeight(doc, section, width) + ROW_GAP);
      continue;
    }
    const h = sectionHeight(doc, section, column);
    const order = ends[0]! <= ends[1]! ? [0, 1] : [1, 0];
    let target = order.find((i) => ends[i]! + h <= bottom);
    if (target === undefined) {
      doc.addPage();
      ends.fill(MARGIN);
      target = 0;
    }
    drawSection(doc, section, MARGIN + target * (column + GUTTER), ends[target]!, column);
    ends[target] = ends[target]! + h + ROW_GAP;
  }
  doc.end();
  return done;
}

function drawHeader(doc: Doc, pack: VisitPack, width: number): number {
  doc
    .font("heading")
    .fontSize(16)
    .fillColor(INK)
    .text(`${PACK_TITLE}${pack.memberName ? `: ${pack.memberName}` : ""}`, MARGIN, MARGIN, {
      width,
    });
  doc
    .font("body")
    .fontSize(BODY)
    .text(`${packRangeLine(pack)}. Made on ${formatShortDate(pack.generatedOn, true)}.`, {
      width,
    });
  doc.fontSize(SMALL).fillColor(MUTED).text(PACK_FOOTNOTE, { width });
  const y = doc.y + 4;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  return y + 8;
}

function blocksOf(section: VisitPackSection): Block[] {
  const text = (t: string): Block => ({ kind: "text", text: t });
  switch (section.id) {
    case "quiz":
      return quizLines(section.quiz).map(text);
    case "trend":
      return section.scores.length === 0
        ? [text("No weekly check-ins in this range."), text(journalPainLine(section.journal))]
        : [
            text(section.scoreSentence),
            ...(section.pains.length >= 2 ? [text(section.painSentence)] : []),
            {
              kind: "chart",
              series: [
                { points: section.scores, dashed: false, label: "Weekly score (0–10)" },
                { points: section.pains, dashed: true, label: "Average pain (0–10)" },
              ],
            },
            text(journalPainLine(section.journal)),
          ];
    case "abilities":
      return section.activities.length === 0
        ? [text("No everyday activities followed.")]
        : section.activities.map((a) => text(a.sentence));
    case "flares":
      return flareLines(section.episodes, section.journalDays).map(text);
    case "sessions":
      return [text(sessionsLine(section.summary, section.hasPlan))];
    case "helpsHurts": {
      if (section.table.status !== "ok") return [text(section.table.message)];
      const shown = section.table.rows.slice(0, PACK_ACTIVITY_ROWS);
      const more = section.table.rows.length - shown.length;
      return [
        {
          kind: "table",
          header: ["Activity", "Better", "Same", "Worse"],
          rows: shown.map((r) => [r.name, String(r.better), String(r.same), String(r.worse)]),
        },
        ...(more > 0 ? [text(`${more} more in the journal, tried less often.`)] : []),
      ];
    }
    case "sleepStress":
      return [
        text(section.sleep.status === "ok" ? section.sleep.summary : section.sleep.message),
        text(section.stress.status === "ok" ? section.stress.reading : section.stress.message),
      ];
    case "notes": {
      const { whatChanged, mainConcern, questions } = section.notes;
      if (!whatChanged && !mainConcern && !questions) return [text("Nothing written.")];
      return [
        { kind: "label", text: "My main concern" },
        text(mainConcern ?? "–"),
        { kind: "label", text: "What changed" },
        text(whatChanged ?? "–"),
        { kind: "label", text: "My questions" },
        text(questions ?? "–"),
      ];
    }
  }
}

const TABLE_ROW = BODY + 5;

function blockHeight(doc: Doc, block: Block, width: number): number {
  switch (block.kind) {
    case "text":
      doc.font("body").fontSize(block.size ?? BODY);
      return doc.heightOfString(block.text, { width }) + 2;
    case "label":
      doc.font("heading").fontSize(BODY);
      return doc.heightOfString(block.text, { width }) + 1;
    case "chart":
      return chartHeight(width) + 14;
    case "table":
      return tableHeight(doc, block, width);
  }
}

function sectionHeight(doc: Doc, section: VisitPackSection, width: number): number {
  doc.font("heading").fontSize(HEADING);
  let h = doc.heightOfString(sectionTitle(section.id), { width }) + 3;
  for (const block of blocksOf(section)) h += blockHeight(doc, block, width);
  return h;
}

function drawSection(doc: Doc, section: VisitPackSection, x: number, top: number, width: number) {
  doc.font("heading").fontSize(HEADING).fillColor(INK).text(sectionTitle(section.id), x, top, {
    width,
  });
  let y = doc.y + 3;
  for (const block of blocksOf(section)) {
    const h = blockHeight(doc, block, width);
    if (block.kind === "text")
      doc
        .font("body")
        .fontSize(block.size ?? BODY)
        .fillColor(block.colour ?? INK)
        .text(block.text, x, y, { width });
    else if (block.kind === "label")
      doc.font("heading").fontSize(BODY).fillColor(INK).text(block.text, x, y, { width });
    else if (block.kind === "chart") drawChart(doc, block, x, y, width);
    else drawTable(doc, block, x, y, width);
    y += h;
  }
}

function chartHeight(width: number): number {
  return (width / CHART_BOX.width) * CHART_BOX.height;
}

/** The weekly chart: the page's geometry scaled to the column, axes and labels as text. */
function drawChart(
  doc: Doc,
  block: Extract<Block, { kind: "chart" }>,
  x: number,
  y: number,
  width: number,
) {
  const g = progressChartGeometry(
    block.series.map((s) => s.points),
    CHART_BOX,
  );
  const scale = width / g.width;
  doc.save();
  doc.translate(x, y).scale(scale);
  doc.lineWidth(0.4 / scale).strokeColor(RULE);
  for (const tick of g.yTicks)
    doc.moveTo(g.plot.left, tick.y).lineTo(g.plot.right, tick.y).stroke();
  doc
    .fillColor(MUTED)
    .font("body")
    .fontSize(SMALL / scale);
  for (const tick of g.yTicks)
    doc.text(String(tick.value), 0, tick.y - SMALL / scale / 2, {
      width: g.plot.left - 3,
      align: "right",
      lineBreak: false,
    });
  // The first and last dates sit inside the drawing's edges rather than centred on them.
  g.xTicks.forEach((tick, i) => {
    const edge = i === 0 ? "left" : i === g.xTicks.length - 1 ? "right" : "center";
    const left = edge === "left" ? tick.x : edge === "right" ? tick.x - 40 : tick.x - 20;
    doc.text(tick.label, left, g.plot.bottom + 3, { width: 40, align: edge, lineBreak: false });
  });
  block.series.forEach((series, i) => {
    const colour = series.dashed ? DASHED : SOLID;
    doc
      .lineWidth(1.2 / scale)
      .strokeColor(colour)
      .lineJoin("round");
    if (series.dashed) doc.dash(4 / scale, { space: 3 / scale });
    doc.path(g.lines[i] ?? "").stroke();
    doc.undash();
    if (!series.dashed) {
      doc.fillColor(colour);
      // The geometry's dots are zero-length segments, "Mx,yh0" each: a circle at each.
      for (const [, cx, cy] of (g.dots[i] ?? "").matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g))
        doc.circle(Number(cx), Number(cy), 1.8 / scale).fill();
    }
  });
  doc.restore();
  // The legend, below the drawing, at the body's own size.
  const legendY = y + chartHeight(width) + 3;
  let lx = x;
  for (const series of block.series) {
    const colour = series.dashed ? DASHED : SOLID;
    doc.lineWidth(1.2).strokeColor(colour);
    if (series.dashed) doc.dash(4, { space: 3 });
    doc
      .moveTo(lx, legendY + 4)
      .lineTo(lx + 16, legendY + 4)
      .stroke();
    doc.undash();
    doc
      .font("body")
      .fontSize(SMALL)
      .fillColor(INK)
      .text(series.label, lx + 20, legendY, { lineBreak: false });
    lx += 20 + doc.widthOfString(series.label) + 14;
  }
}

function tableColumns(width: number): number[] {
  const numbers = 38;
  return [width - 3 * numbers, numbers, numbers, numbers];
}

function tableHeight(doc: Doc, block: Extract<Block, { kind: "table" }>, width: number) {
  const [first = width] = tableColumns(width);
  doc.font("body").fontSize(BODY);
  let h = TABLE_ROW;
  for (const row of block.rows)
    h += Math.max(TABLE_ROW, doc.heightOfString(row[0] ?? "", { width: first - 4 }) + 5);
  return h + 2;
}

function drawTable(
  doc: Doc,
  block: Extract<Block, { kind: "table" }>,
  x: number,
  top: number,
  width: number,
) {
  const widths = tableColumns(width);
  const drawRow = (cells: string[], y: number, font: "body" | "heading") => {
    doc.font(font).fontSize(BODY).fillColor(INK);
    let cx = x;
    let h = TABLE_ROW;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.text(cell, cx, y + 2, { width: w - 4 });
      h = Math.max(h, doc.heightOfString(cell, { width: w - 4 }) + 5);
      cx += w;
    });
    doc
      .moveTo(x, y + h)
      .lineTo(x + width, y + h)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    return y + h;
  };
  let y = drawRow(block.header, top, "heading");
  for (const row of block.rows) y = drawRow(row, y, "body");
}
