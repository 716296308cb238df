import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { VisitPack } from "@/lib/progress/visit-pack-types";
import { woffToSfnt } from "@/server/pdf/woff-to-sfnt";
import { renderVisitPackPdf } from "./visit-pack-pdf";

// The PDF as a reader opens it (pdfjs): one page, real text, and only the chosen sections.

async function read(bytes: Buffer) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items
    .map((item) => ("str" in item ? item.str : ""))
    .join(" ");
  const ops = await page.getOperatorList();
  return { pages: doc.numPages, text, operators: ops.fnArray, size: page.view };
}

const weeks = Array.from({ length: 26 }, (_, i) => ({
  date: new Date(Date.UTC(2026, 5, 7 + 7 * i)).toISOString().slice(0, 10),
  value: Math.max(0, 7 - i * 0.2),
}));

const pack: VisitPack = {
  options: { from: "2026-06-08", to: "2026-12-04", sections: ["quiz", "trend", "flares", "notes"] },
  days: 180,
  memberName: "Sam Demo",
  generatedOn: "2026-12-04",
  sections: [
    {
      id: "quiz",
      quiz: {
        takenOn: "2026-10-21",
        outcome: "You can start your program",
        typeLabel: "Flexion intolerant",
        typeInPlainWords: "Sitting and bending forward tend to bother your back most",
        runnerUpLabel: null,
        redFlags: [],
        softFlags: [],
      },
    },
    {
      id: "trend",
      scores: weeks,
      pains: weeks.map((w) => ({ ...w, value: Math.min(10, w.value + 1) })),
      scoreSentence: "Your weekly score is 5 points lower than on 7 Jun (7 then, 2 now).",
      painSentence: "Your weekly pain is 5 points lower than on 7 Jun (8 then, 3 now).",
      journal: { days: 150, meanPain: 3.9, meanWorstPain: 5.1 },
    },
    {
      id: "flares",
      episodes: [{ since: "2026-10-02", until: "2026-10-06", source: "rise" }],
      journalDays: 150,
    },
    {
      id: "notes",
      notes: {
        mainConcern: "Sitting through long meetings",
        whatChanged: null,
        questions: "Can I run?",
      },
      savedOn: "2026-12-04",
    },
  ],
};

describe("the visit pack PDF", () => {
  it("is one page of selectable text holding the chosen sections and the member's words", async () => {
    const pdf = await read(await renderVisitPackPdf(pack));
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toEqual([0, 0, 595.28, 841.89]); // A4 in points
    for (const text of [
      "Back pain visit pack: Sam Demo",
      "Quiz result and flags",
      "Flexion intolerant",
      "Weekly score and pain trend",
      "Flare-ups",
      "Sitting through long meetings",
      "Can I run?",
      "LBPfix does not record medicines",
    ])
      expect(pdf.text).toContain(text);
    expect(pdf.text).not.toContain("Sleep and stress");
    expect(pdf.text).not.toContain("Sessions planned and done");
  });

  it("draws the chart as vector paths, not a picture", async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await read(await renderVisitPackPdf(pack));
    expect(pdf.operators).toContain(pdfjs.OPS.constructPath);
    expect(pdf.operators).not.toContain(pdfjs.OPS.paintImageXObject);
  });

  it("comes on US Letter when asked", async () => {
    const pdf = await read(await renderVisitPackPdf(pack, { paper: "LETTER" }));
    expect(pdf.size).toEqual([0, 0, 612, 792]);
  });
});

describe("woffToSfnt", () => {
  it("unwraps the site's WOFF into a TrueType file with the same tables", () => {
    const woff = readFileSync(path.resolve("assets/fonts/inter-latin-400-normal.woff"));
    const font = woffToSfnt(woff);
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 or 'OTTO'
    expect(font.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(font.length).toBeGreaterThan(woff.length);
  });

  it("refuses anything that is not a WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, not at all"))).toThrow("not a WOFF");
  });
});
