import { csvDocument } from "./csv-cells";
import { KIND_LABELS, type SentReminder } from "@/lib/reminders/plan";

// The reminders LBPfix wrote to the member as CSV (docs/product.md §5c): one row per message,
// oldest first, with where delivery stands. No message text (it is built from the plan each
// time) and nothing anyone typed; the plan's settings are in the JSON export.

export const REMINDERS_CSV_HEADER = [
  "local_day",
  "kind",
  "kind_name",
  "queued_at",
  "delivery",
  "sent_at",
] as const;

export function remindersToCsv(rows: readonly SentReminder[]): string {
  return csvDocument(
    REMINDERS_CSV_HEADER,
    rows.map((r) => [
      r.localDay,
      r.kind,
      KIND_LABELS[r.kind],
      r.createdAt.toISOString(),
      r.state,
      r.sentAt ? r.sentAt.toISOString() : "",
    ]),
  );
}
