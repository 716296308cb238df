import { listShareLinks } from "@/db/queries/share-links";
import { shareLinksToCsv } from "@/lib/account/share-links-csv";
import { getCurrentUser } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to download your share links.", {
      status: 401,
      headers: { "Cache-Control": "no-store" },
    });
  const csv = shareLinksToCsv(await listShareLinks({ userId: user.id }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="lbpfix-share-links-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
