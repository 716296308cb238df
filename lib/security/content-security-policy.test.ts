import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy.mjs";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d] as const));

describe("Content-Security-Policy (security review F13)", () => {
  it("keeps the prerendered pages' policy as it was: they cannot carry a nonce", () => {
    expect(contentSecurityPolicy({ development: false, upgradeInsecureRequests: true })).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'; upgrade-insecure-requests",
    );
  });

  it("gives pages rendered per request a strict nonce policy: no inline script without the nonce", () => {
    const policy = directives(
      contentSecurityPolicy({
        nonce: "abc123==",
        development: false,
        upgradeInsecureRequests: false,
      }),
    );
    expect(policy.get("script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy.get("base-uri")).toBe("base-uri 'none'");
    expect(policy.get("object-src")).toBe("object-src 'none'");
    expect(policy.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development (React's dev tooling needs it)", () => {
    expect(
      contentSecurityPolicy({ nonce: "n", development: true, upgradeInsecureRequests: false }),
    ).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(
      contentSecurityPolicy({ nonce: "n", development: false, upgradeInsecureRequests: false }),
    ).not.toContain("unsafe-eval");
  });

  it("makes a fresh 128-bit nonce each time, in the form Next reads from the policy", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
