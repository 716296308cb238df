import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "./content-security-policy.mjs";

/** Where a page rendered per request can read its nonce, for a script of its own. */
export const NONCE_HEADER = "x-nonce";

/**
 * A fresh nonce policy for one request to a page rendered per request (decision record 0002).
 * Next finds the nonce in the request's own Content-Security-Policy header and puts it on
 * every script tag it renders, so the proxy sets the policy on the request it forwards and
 * on the response; this writes the request side and returns the policy for the response.
 */
export function addNoncePolicy(requestHeaders: Headers): string {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    development: env.NODE_ENV !== "production",
    upgradeInsecureRequests: env.SITE_URL.startsWith("https://"),
  });
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("content-security-policy", policy);
  return policy;
}
