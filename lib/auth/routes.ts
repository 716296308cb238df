// Which paths need a member and which are for guests only. The proxy uses
// these to redirect early; pages and actions check the session again.

export const MEMBER_PREFIXES = [
  "/dashboard",
  "/program",
  "/journal",
  "/progress",
  "/assessments",
  "/account",
  "/settings",
  "/admin",
] as const;
export const GUEST_PATHS = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"] as const;

export const DEFAULT_MEMBER_PATH = "/dashboard";

/** Request header the proxy sets so server code knows the path it renders. */
export const PATHNAME_HEADER = "x-lbpfix-pathname";

function underPrefix(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function isMemberPath(pathname: string): boolean {
  return MEMBER_PREFIXES.some((p) => underPrefix(pathname, p));
}

export function isGuestPath(pathname: string): boolean {
  return GUEST_PATHS.some((p) => underPrefix(pathname, p));
}

/**
 * A `next` target that cannot leave the site: only a local absolute path,
 * never `//host`, `/\host` or a scheme, and never back to a guest page.
 */
export function safeNextPath(raw: unknown, fallback: string = DEFAULT_MEMBER_PATH): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 512) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  // Control characters can be normalised by browsers into something else.
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, "http://lbpfix.invalid");
  } catch {
    return fallback;
  }
  if (parsed.origin !== "http://lbpfix.invalid" || isGuestPath(parsed.pathname)) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Checked again after normalisation: dot segments can turn "/.//evil.example" into
  // "//evil.example", which a browser reads as another host (security review F3).
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/** The notice for a sign-in `reason`, only for reasons we defined (never "__proto__"). */
export function signInNotice(reason: unknown): string | undefined {
  return typeof reason === "string" && Object.hasOwn(SIGN_IN_REASONS, reason)
    ? SIGN_IN_REASONS[reason as SignInReason]
    : undefined;
}

export const SIGN_IN_REASONS = {
  "session-ended": "Your session has ended. Please sign in again.",
  "signed-out": "You’re signed out.",
  "signed-out-everywhere": "You’ve been signed out on every device.",
  "password-reset": "Your password has been changed. Sign in with your new password.",
  "account-deleted": "Your account and everything in it have been deleted.",
} as const;

export type SignInReason = keyof typeof SIGN_IN_REASONS;

export function signInPath(next?: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  if (next) params.set("next", safeNextPath(next));
  if (reason) params.set("reason", reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}

/** Where the proxy sends a request, or null to let it through. */
export function proxyRedirect(
  url: { pathname: string; search: string },
  signedIn: boolean,
): string | null {
  if (!signedIn && isMemberPath(url.pathname)) return signInPath(`${url.pathname}${url.search}`);
  if (signedIn && isGuestPath(url.pathname)) {
    return safeNextPath(new URLSearchParams(url.search).get("next"));
  }
  return null;
}
