import { describe, expect, it } from "vitest";
import { exerciseById } from "@/lib/program/exercises";
import { SESSIONS_CSV_HEADER, sessionsToCsv, type SessionCsvRow } from "./sessions-csv";

const base: SessionCsvRow = {
  performedOn: "2026-11-02",
  phase: 1,
  exerciseIds: ["cat-camel", "prone-lying"],
  effort: 4,
  painBefore: 5,
  painAfter: 3,
  ratings: null,
  notes: null,
};

describe("sessionsToCsv", () => {
  const catCamel = exerciseById("cat-camel").name;
  const proneLying = exerciseById("prone-lying").name;

  it("writes a header and one CRLF line per session, exercises by name", () => {
    expect(sessionsToCsv([base])).toBe(
      `${SESSIONS_CSV_HEADER.join(",")}\r\n2026-11-02,1,${catCamel}; ${proneLying},4,5,3,,\r\n`,
    );
  });

  it("writes the guided session's ratings in words", () => {
    const csv = sessionsToCsv([
      { ...base, ratings: { "cat-camel": "too-easy", "prone-lying": "about-right" } },
    ]);
    expect(csv).toContain(`,${catCamel}: too easy; ${proneLying}: about right,`);
  });

  it("keeps an id the library no longer has, and defuses what the member typed", () => {
    const csv = sessionsToCsv([
      { ...base, exerciseIds: ["retired-exercise"], notes: "=1+1, then -2" },
    ]);
    expect(csv).toContain(",retired-exercise,");
    expect(csv).toContain(`"'=1+1, then -2"`);
  });
});
