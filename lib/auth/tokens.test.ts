import { describe, expect, it } from "vitest";
import { hashToken, newToken } from "./tokens";

describe("link tokens", () => {
  it("are 256 random bits, URL-safe, stored as their SHA-256", () => {
    const { token, tokenHash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(hashToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken().token).not.toBe(token);
  });
});
