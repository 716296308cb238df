// The "signed in" hint: a cookie the public pages' header reads in the browser, so a member
// never sees "Sign in" on a page that is prerendered for everyone (a static page cannot know
// who asks). It is a hint, not a credential: it holds no secret, is readable by scripts on
// purpose (not HttpOnly), and nothing on the server trusts it — member pages and actions
// check the real session. Set and renewed with the session cookie, for the same idle
// lifetime; cleared with it.

export const SIGNED_IN_HINT_COOKIE = "lbp_signed_in";

export type HintCookieOptions = {
  path: "/";
  sameSite: "lax";
  httpOnly: false;
  secure: boolean;
  maxAge: number;
};

/** Options for setting the hint (maxAge = the session's idle lifetime) or clearing it (0). */
export function hintCookieOptions({
  siteUrl,
  maxAge,
}: {
  siteUrl: string;
  maxAge: number;
}): HintCookieOptions {
  // Secure wherever the site is served over https; plain http (development, tests) would drop it.
  return {
    path: "/",
    sameSite: "lax",
    httpOnly: false,
    secure: siteUrl.startsWith("https:"),
    maxAge,
  };
}

/** True when a `document.cookie` string carries the hint. */
export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}
