import type { NextRequest } from "next/server";
import { signOut } from "@/auth";
import { getCurrentUser } from "@/server/auth/current-user";
import { clearSignedInHint } from "@/server/auth/signed-in-hint";
import { safeNextPath, signInPath } from "@/lib/auth/routes";

export const dynamic = "force-dynamic";

// requireUser() sends a request here when its cookie names a session that
// has ended (password changed, signed out everywhere, account deleted). Only
// such a stale cookie is cleared: a live session passes straight through, so
// a link to this URL cannot sign anyone out.
export async function GET(request: NextRequest) {
  const next = safeNextPath(request.nextUrl.searchParams.get("next"));
  if (await getCurrentUser()) return Response.redirect(new URL(next, request.nextUrl), 303);
  // Auth.js's sign-out event clears the header's hint only for a cookie it can still decode.
  await clearSignedInHint();
  return signOut({ redirectTo: signInPath(next, "session-ended") });
}
