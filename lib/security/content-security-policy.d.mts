// Types for content-security-policy.mjs (plain ESM so next.config.mjs can import it).
export function contentSecurityPolicy(options: {
  nonce?: string;
  development: boolean;
  upgradeInsecureRequests: boolean;
}): string;
export function newNonce(): string;
