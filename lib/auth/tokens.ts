import { createHash, randomBytes } from "node:crypto";

// Links in emails carry 256 random bits; the database keeps only their
// SHA-256, so a leaked table does not hand out working links. (A fast hash
// is right here: the token is random, not a guessable password.)

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
