import { exportAccountData } from "@/db/queries/account";
import { getCurrentUser } from "@/server/auth/current-user";

export const dynamic = "force-dynamic";

// The signed-in member's data, and only theirs: the id comes from the
// session; query parameters are ignored.
export async function GET() {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to download your data.", {
      status: 401,
      headers: { "Cache-Control": "no-store" },
    });
  const data = await exportAccountData({ userId: user.id });
  if (!data)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="lbpfix-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
