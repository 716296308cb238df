import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import NextAuth, { type NextAuthRequest } from "next-auth";
import { authConfig } from "@/auth.config";
import { PATHNAME_HEADER, proxyRedirect } from "@/lib/auth/routes";
import { SIGNED_IN_HINT_COOKIE, hintCookieOptions } from "@/lib/auth/signed-in-hint";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { ACTION_HEADER, refuseActionRequest } from "@/lib/security/action-request-guard";
import { addNoncePolicy } from "@/lib/security/nonce-policy";
import { endedPageHtml } from "@/server/share/ended-page";
import { answerShareLink } from "@/server/share/share-link-gate";

// Early redirects only: guests away from member pages, members away from the
// sign-in pages. Decoding the cookie here also renews it, which is what makes
// the idle time-out slide. Pages and actions still check the session and its
// version against the database themselves. Every page matched here renders per
// request, so it also gets the strict nonce CSP (decision record 0002).
const { auth } = NextAuth(authConfig);

// Typed with the event so Auth.js picks its middleware overload (a NextMiddleware).
function sessionProxy(request: NextAuthRequest, _event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  const signedIn = Boolean(request.auth?.user?.id);
  const target = proxyRedirect({ pathname, search }, signedIn);
  if (target)
    return withHint(NextResponse.redirect(new URL(target, request.nextUrl)), request, signedIn);
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, `${pathname}${search}`);
  const policy = addNoncePolicy(headers);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return withHint(response, request, signedIn);
}

// The public header's "signed in" hint (lib/auth/signed-in-hint.ts) slides with the session
// cookie Auth.js renews here, and goes when the session cookie no longer decodes (idle
// time-out). A session ended on the server is cleared later, by the page's own check.
function withHint(response: NextResponse, request: NextRequest, signedIn: boolean) {
  if (signedIn) {
    response.cookies.set(
      SIGNED_IN_HINT_COOKIE,
      "1",
      hintCookieOptions({ siteUrl: env.SITE_URL, maxAge: authConfig.session.maxAge }),
    );
  } else if (request.cookies.has(SIGNED_IN_HINT_COOKIE)) {
    response.cookies.set(
      SIGNED_IN_HINT_COOKIE,
      "",
      hintCookieOptions({ siteUrl: env.SITE_URL, maxAge: 0 }),
    );
  }
  return response;
}
const withSession = auth(sessionProxy);

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  // Server-action calls, whichever page they are posted to: a cross-site call, an oversized or a cut-short body gets
  // its 4xx here, where Next's action handler would answer 500 (security review F14).
  const refusal = await refuseActionRequest(request);
  if (refusal) {
    return new NextResponse(refusal.reason, {
      status: refusal.status,
      headers: { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (request.headers.has(ACTION_HEADER) && !isSessionPath(pathname)) return NextResponse.next();
  // Only the signed-in baseline comes here; /bench/static is a prerendered page like any other.
  if (pathname.startsWith("/bench/") && !env.BENCH_ROUTES) {
    return new NextResponse("Not found", { status: 404 });
  }
  if (pathname.startsWith("/r/")) return sharedPackProxy(request);
  return withSession(request, event);
}

/** Headers of every answer under /r/: the token in the URL must not leak or linger. */
const SHARED_HEADERS = {
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
} as const;

function withSharedHeaders<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(SHARED_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * A shared visit pack (/r/<token>, docs/product.md §9): no session, no sign-in redirect. The
 * answer is decided here because an App Router page can only answer 200 or 404: a revoked or
 * expired link gets the kind "ended" page with 410 from here.
 */
async function sharedPackProxy(request: NextRequest) {
  const token = request.nextUrl.pathname.slice("/r/".length);
  const answer = await answerShareLink(token, clientIp(request.headers));
  if (answer.kind === "limited") {
    return withSharedHeaders(
      new NextResponse("Too many requests. Please wait a few minutes and try again.", {
        status: 429,
        headers: {
          "content-type": "text/plain; charset=utf-8",
          "retry-after": String(answer.retryAfterSeconds),
        },
      }),
    );
  }
  if (answer.kind === "gone") {
    // The prerendered kind page, sent as is with 410: it keeps the static policy from
    // next.config.mjs, not a nonce one. Under next dev there is no prerendered copy; the
    // rewrite shows the same page (with Next's 200).
    const html = await endedPageHtml();
    if (!html)
      return withSharedHeaders(
        NextResponse.rewrite(new URL("/shared-link-ended", request.nextUrl)),
      );
    return withSharedHeaders(
      new NextResponse(html, {
        status: 410,
        headers: { "content-type": "text/html; charset=utf-8" },
      }),
    );
  }
  // Live or unknown: the page renders the pack, or notFound() for a 404.
  const headers = new Headers(request.headers);
  const policy = addNoncePolicy(headers);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return withSharedHeaders(response);
}

// The pages the session proxy runs for. A literal list, not a shared constant: Next reads
// `config.matcher` at build time and accepts only literals there.
const SESSION_PATH =
  /^\/(?:(?:dashboard|program|journal|progress|assessments|account|settings|unsubscribe|admin|bench\/signed-in)(?:\/|$)|(?:sign-in|sign-up|forgot-password|reset-password)$)/;

function isSessionPath(pathname: string): boolean {
  return SESSION_PATH.test(pathname);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/program/:path*",
    "/journal/:path*",
    "/progress/:path*",
    "/assessments/:path*",
    "/account/:path*",
    "/settings/:path*",
    "/unsubscribe/:path*",
    "/admin/:path*",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/bench/signed-in",
    "/r/:path*",
    // Every server-action call, whichever page it is posted to (articles, quiz): the guard
    // above must see them all. Other requests to public pages still skip the proxy entirely.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
