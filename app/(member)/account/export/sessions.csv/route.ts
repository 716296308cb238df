import { getSessionsForCsv } from "@/db/queries/account";
import { sessionsToCsv } from "@/lib/account/sessions-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "sessions",
  signInTo: "session log",
  rowsAsCsv: async (userId) => sessionsToCsv(await getSessionsForCsv({ userId })),
});
