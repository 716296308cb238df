import { listReminders } from "@/db/queries/reminders";
import { remindersToCsv } from "@/lib/account/reminders-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "reminders",
  signInTo: "reminders",
  rowsAsCsv: async (userId) => remindersToCsv(await listReminders({ userId, order: "oldest" })),
});
