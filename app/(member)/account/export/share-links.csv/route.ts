import { listShareLinks } from "@/db/queries/share-links";
import { shareLinksToCsv } from "@/lib/account/share-links-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "share-links",
  signInTo: "share links",
  rowsAsCsv: async (userId) => shareLinksToCsv(await listShareLinks({ userId })),
});
