import { describe, expect, it } from "vitest";
import { JOURNAL_CSV_HEADER, journalToCsv, type JournalCsvRow } from "./journal-csv";

const base: JournalCsvRow = {
  entryDate: "2026-11-02",
  pain: 4,
  worstPain: 6,
  sleepHours: 7.5,
  sleepQuality: 4,
  stress: 3,
  mood: 4,
  activeMinutes: 30,
  activities: [{ name: "walking", response: "better" }],
  food: null,
  notes: null,
};

describe("journalToCsv", () => {
  it("writes a header and one CRLF line per entry", () => {
    const csv = journalToCsv([base]);
    expect(csv).toBe(
      `${JOURNAL_CSV_HEADER.join(",")}\r\n2026-11-02,4,6,7.5,4,3,4,30,walking (better),,\r\n`,
    );
  });

  it("quotes commas, quotes and line breaks in what members typed", () => {
    const csv = journalToCsv([{ ...base, notes: 'Sore, "stiff"\nbetter later' }]);
    expect(csv).toContain('"Sore, ""stiff""\nbetter later"');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    const csv = journalToCsv([
      { ...base, food: '=HYPERLINK("http://x")', notes: "+1 walk", activities: [] },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+1 walk");
  });

  it("F12: defuses a formula after a ; separator or a line break inside a cell", () => {
    const csv = journalToCsv([
      {
        ...base,
        food: "toast;=cmd|' /C calc'!A0",
        notes: 'fine\n=HYPERLINK("http://x")',
        activities: [],
      },
    ]);
    // Split the way a ";" spreadsheet or a line-based parser would: no piece starts a formula.
    const pieces = csv.split(/[;,\r\n]/).map((p) => p.replace(/^[ \t"]+/, ""));
    expect(pieces.filter((p) => /^[=+\-@]/.test(p))).toEqual([]);
    expect(csv).toContain("toast;'=cmd");
    expect(csv).toContain("fine\n'=HYPERLINK");
  });

  it("leaves empty optional values empty", () => {
    const csv = journalToCsv([{ ...base, sleepHours: null, stress: null, activities: [] }]);
    expect(csv.split("\r\n")[1]).toBe("2026-11-02,4,6,,4,,4,30,,,");
  });
});
