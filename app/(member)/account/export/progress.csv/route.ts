import { getProgressForCsv } from "@/db/queries/account";
import { progressToCsv } from "@/lib/account/progress-csv";
import { getCurrentUser } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to download your progress.", {
      status: 401,
      headers: { "Cache-Control": "no-store" },
    });
  const csv = progressToCsv(await getProgressForCsv({ userId: user.id }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lbpfix-progress-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
