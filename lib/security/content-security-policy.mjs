// The one builder of the site's Content-Security-Policy, used by next.config.mjs (the policy
// every route gets by default, fixed at build) and by proxy.ts (a per-request policy with a
// nonce for the pages it renders per request: member, auth and admin). Plain ESM with a
// .d.mts beside it, because next.config.mjs cannot import TypeScript.
// See docs/decisions/0002-content-security-policy.md.

/**
 * @param {{ nonce?: string, development: boolean, upgradeInsecureRequests: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, development, upgradeInsecureRequests }) {
  const devEval = development ? " 'unsafe-eval'" : "";
  // With a nonce, only scripts carrying it run, and what they load ('strict-dynamic'): Next
  // puts the nonce on its own script tags when it finds it in the request's policy. Without
  // one (prerendered pages, which cannot carry a fresh nonce), inline scripts must be allowed
  // for Next's inline RSC payload; no third-party origin is allowed either way.
  const scripts = nonce
    ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`
    : `script-src 'self' 'unsafe-inline'${devEval}`;
  return [
    "default-src 'self'",
    scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    nonce ? "base-uri 'none'" : "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(upgradeInsecureRequests ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** 128 random bits, base64: a fresh one for every response that carries a nonce policy. */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
