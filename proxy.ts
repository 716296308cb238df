import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import NextAuth, { type NextAuthRequest } from "next-auth";
import { authConfig } from "@/auth.config";
import { PATHNAME_HEADER, proxyRedirect } from "@/lib/auth/routes";
import { env } from "@/lib/env";
import { addNoncePolicy } from "@/lib/security/nonce-policy";

// Early redirects only: guests away from member pages, members away from the
// sign-in pages. Decoding the cookie here also renews it, which is what makes
// the idle time-out slide. Pages and actions still check the session and its
// version against the database themselves. Every page matched here renders per
// request, so it also gets the strict nonce CSP (decision record 0002).
const { auth } = NextAuth(authConfig);

// Typed with the event so Auth.js picks its middleware overload (a NextMiddleware).
function sessionProxy(request: NextAuthRequest, _event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  const target = proxyRedirect({ pathname, search }, Boolean(request.auth?.user?.id));
  if (target) return NextResponse.redirect(new URL(target, request.nextUrl));
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  const policy = addNoncePolicy(headers);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}
const withSession = auth(sessionProxy);

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/bench/")) {
    if (!env.BENCH_ROUTES) return new NextResponse("Not found", { status: 404 });
    // The static baseline must cost what any prerendered page costs: no cookie decoding.
    if (pathname === "/bench/static") return NextResponse.next();
  }
  return withSession(request, event);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/program/:path*",
    "/journal/:path*",
    "/assessments/:path*",
    "/account/:path*",
    "/admin/:path*",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/bench/:path*",
  ],
};
