import { getVisitPackNotesForCsv } from "@/db/queries/account";
import { visitPackNotesToCsv } from "@/lib/account/visit-pack-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "visit-pack-notes",
  signInTo: "visit pack notes",
  rowsAsCsv: async (userId) => visitPackNotesToCsv(await getVisitPackNotesForCsv({ userId })),
});
