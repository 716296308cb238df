import { describe, expect, it } from "vitest";
import { lessonsToCsv } from "./lessons-csv";

describe("lessonsToCsv", () => {
  it("writes a header and one CRLF row per lesson done, with its number and title", () => {
    const csv = lessonsToCsv([
      {
        lessonId: "why-backs-hurt",
        answeredCorrectly: true,
        completedAt: new Date("2026-12-01T09:30:00Z"),
      },
      {
        lessonId: "pacing",
        answeredCorrectly: false,
        completedAt: new Date("2026-12-02T10:00:00Z"),
      },
    ]);
    expect(csv).toBe(
      "completed_at,lesson_number,lesson_id,lesson_title,answered_correctly\r\n" +
        '2026-12-01T09:30:00.000Z,1,why-backs-hurt,"Why backs hurt, and why it is rarely damage",yes\r\n' +
        "2026-12-02T10:00:00.000Z,4,pacing,Pacing and the boom–bust cycle,no\r\n",
    );
  });

  it("keeps a row for a lesson no longer in the course, without number or title", () => {
    const csv = lessonsToCsv([
      {
        lessonId: "retired",
        answeredCorrectly: true,
        completedAt: new Date("2026-12-01T00:00:00Z"),
      },
    ]);
    expect(csv.split("\r\n")[1]).toBe("2026-12-01T00:00:00.000Z,,retired,,yes");
  });

  it("writes only the header when no lesson is done", () => {
    expect(lessonsToCsv([])).toBe(
      "completed_at,lesson_number,lesson_id,lesson_title,answered_correctly\r\n",
    );
  });
});
