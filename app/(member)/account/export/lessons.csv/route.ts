import { getLessonProgress } from "@/db/queries/learn";
import { lessonsToCsv } from "@/lib/account/lessons-csv";
import { csvExportRoute } from "@/server/account/csv-export-route";

export const dynamic = "force-dynamic";

export const GET = csvExportRoute({
  file: "lessons",
  signInTo: "course progress",
  rowsAsCsv: async (userId) => lessonsToCsv(await getLessonProgress({ userId })),
});
