import "server-only";
import { getCurrentUser } from "@/server/auth/current-user";

/**
 * The GET handler of one of /account/export/*.csv: the signed-in member's own rows as a
 * download named lbpfix-<file>-<day>.csv, never cached; a guest gets 401 with `signInTo`
 * ("Sign in to download your …"). `rowsAsCsv` receives the session's id, never a caller's.
 */
export function csvExportRoute({
  file,
  signInTo,
  rowsAsCsv,
}: {
  file: string;
  signInTo: string;
  rowsAsCsv: (userId: string) => Promise<string>;
}) {
  return async function GET(): Promise<Response> {
    const user = await getCurrentUser();
    if (!user)
      return new Response(`Sign in to download your ${signInTo}.`, {
        status: 401,
        headers: { "Cache-Control": "no-store" },
      });
    const csv = await rowsAsCsv(user.id);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="lbpfix-${file}-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  };
}
