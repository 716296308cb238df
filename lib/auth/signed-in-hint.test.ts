import { describe, expect, it } from "vitest";
import { hasSignedInHint, hintCookieOptions } from "./signed-in-hint";

describe("the signed-in hint", () => {
  it("is found only as its own cookie with the value 1", () => {
    expect(hasSignedInHint("a=b; lbp_signed_in=1")).toBe(true);
    expect(hasSignedInHint("lbp_signed_in=1")).toBe(true);
    expect(hasSignedInHint("")).toBe(false);
    expect(hasSignedInHint("lbp_signed_in=0")).toBe(false);
    expect(hasSignedInHint("x_lbp_signed_in=1")).toBe(false);
  });

  it("is readable by scripts, sent on top-level navigations and Secure on https only", () => {
    expect(hintCookieOptions({ siteUrl: "https://lbpfix.example", maxAge: 60 })).toEqual({
      path: "/",
      sameSite: "lax",
      httpOnly: false,
      secure: true,
      maxAge: 60,
    });
    expect(hintCookieOptions({ siteUrl: "http://127.0.0.1:3100", maxAge: 0 }).secure).toBe(false);
  });
});
