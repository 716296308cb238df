import { describe, expect, it } from "vitest";
import { sealKey } from "@/lib/auth/sealed-key";
import { openUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

const secret = "s".repeat(32);

describe("unsubscribe token", () => {
  it("opens to the member it was made for, and is URL-safe", () => {
    const token = unsubscribeToken("user-1", secret);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(openUnsubscribeToken(token, secret)).toBe("user-1");
  });

  it("refuses a token altered, made with another secret or for another purpose", () => {
    const token = unsubscribeToken("user-1", secret);
    const [payload, mac] = token.split(".") as [string, string];
    const other = Buffer.from(JSON.stringify({ u: "user-2" })).toString("base64url");
    expect(openUnsubscribeToken(`${other}.${mac}`, secret)).toBeNull();
    expect(openUnsubscribeToken(`${payload}.${mac.slice(0, -2)}xx`, secret)).toBeNull();
    expect(openUnsubscribeToken(unsubscribeToken("user-1", "t".repeat(32)), secret)).toBeNull();
    expect(openUnsubscribeToken(sealKey("dashboard", { u: "user-1" }, secret), secret)).toBeNull();
    expect(openUnsubscribeToken("x".repeat(100_000), secret)).toBeNull();
    expect(openUnsubscribeToken(undefined, secret)).toBeNull();
  });
});
