import { getProgressForCsv } from "@/db/queries/account";
import { progressToCsv } from "@/lib/account/progress-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "progress",
  signInTo: "progress",
  rowsAsCsv: async (userId) => progressToCsv(await getProgressForCsv({ userId })),
});
