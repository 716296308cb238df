import { describe, expect, it } from "vitest";
import { remindersToCsv } from "./reminders-csv";

describe("remindersToCsv", () => {
  it("writes a header and one CRLF row per message with its delivery state", () => {
    const csv = remindersToCsv([
      {
        kind: "session_nudge",
        localDay: "2026-12-01",
        createdAt: new Date("2026-12-01T18:00:00Z"),
        state: "sent",
        sentAt: new Date("2026-12-01T18:00:04Z"),
      },
      {
        kind: "weekly_digest",
        localDay: "2026-12-06",
        createdAt: new Date("2026-12-06T17:00:00Z"),
        state: "waiting",
        sentAt: null,
      },
    ]);
    expect(csv).toBe(
      "local_day,kind,kind_name,queued_at,delivery,sent_at\r\n" +
        "2026-12-01,session_nudge,Session reminder,2026-12-01T18:00:00.000Z,sent,2026-12-01T18:00:04.000Z\r\n" +
        "2026-12-06,weekly_digest,Weekly summary,2026-12-06T17:00:00.000Z,waiting,\r\n",
    );
  });

  it("writes only the header when nothing was sent", () => {
    expect(remindersToCsv([])).toBe("local_day,kind,kind_name,queued_at,delivery,sent_at\r\n");
  });
});
