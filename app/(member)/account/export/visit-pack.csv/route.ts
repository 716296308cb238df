import { getVisitPackNotesForCsv } from "@/db/queries/account";
import { visitPackNotesToCsv } from "@/lib/account/visit-pack-csv";
import { getCurrentUser } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to download your visit pack notes.", {
      status: 401,
      headers: { "Cache-Control": "no-store" },
    });
  const csv = visitPackNotesToCsv(await getVisitPackNotesForCsv({ userId: user.id }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lbpfix-visit-pack-notes-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
