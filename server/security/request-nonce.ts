import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "@/lib/security/nonce-policy";

/**
 * The nonce the proxy gave this request (decision record 0002), for an inline script of the
 * page's own. Only pages rendered per request have one; calling this makes a page dynamic.
 */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
