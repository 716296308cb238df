import { describe, expect, it } from "vitest";
import {
  hashShareToken,
  isWellFormedShareToken,
  newShareToken,
  tokenMatchesHash,
} from "./share-token";

describe("share tokens", () => {
  it("carries 256 random bits as 43 base64url characters, different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newShareToken().token));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });

  it("keeps only a SHA-256 that does not contain the token", () => {
    const { token, tokenHash } = newShareToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashShareToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it("matches its own hash and no other", () => {
    const a = newShareToken();
    const b = newShareToken();
    expect(tokenMatchesHash(a.token, a.tokenHash)).toBe(true);
    expect(tokenMatchesHash(a.token, b.tokenHash)).toBe(false);
    expect(tokenMatchesHash(a.token, a.tokenHash.slice(0, 32))).toBe(false);
  });

  it("refuses malformed tokens before any lookup", () => {
    const { token } = newShareToken();
    expect(isWellFormedShareToken(token)).toBe(true);
    expect(isWellFormedShareToken(token.slice(1))).toBe(false);
    expect(isWellFormedShareToken(`${token}A`)).toBe(false);
    expect(isWellFormedShareToken(`${token.slice(1)}=`)).toBe(false);
    expect(isWellFormedShareToken(`${token.slice(1)}/`)).toBe(false);
    expect(isWellFormedShareToken("")).toBe(false);
    expect(isWellFormedShareToken("x".repeat(100_000))).toBe(false);
  });
});
