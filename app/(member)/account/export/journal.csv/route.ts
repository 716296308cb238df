import { getJournalForCsv } from "@/db/queries/account";
import { journalToCsv } from "@/lib/account/journal-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "journal",
  signInTo: "journal",
  rowsAsCsv: async (userId) => journalToCsv(await getJournalForCsv({ userId })),
});
