import { describe, expect, it } from "vitest";
import { isGuestPath, isMemberPath, proxyRedirect, safeNextPath, signInPath } from "./routes";

describe("safeNextPath", () => {
  it("keeps local paths with their query and hash", () => {
    expect(safeNextPath("/journal?date=2026-11-02#today")).toBe("/journal?date=2026-11-02#today");
    expect(safeNextPath("/account")).toBe("/account");
  });

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["https://evil.example/x"],
    ["javascript:alert(1)"],
    ["journal"],
    ["/journal\r\nSet-Cookie: x=y"],
    [""],
    [undefined],
    [42],
    ["/" + "a".repeat(600)],
    ["/sign-in"],
    ["/reset-password?token=x"],
  ])("falls back to the dashboard for %j", (raw) => {
    expect(safeNextPath(raw)).toBe("/dashboard");
  });
});

describe("route groups", () => {
  it("knows member and guest paths, including sub-paths, and nothing else", () => {
    for (const p of ["/dashboard", "/program", "/journal/insights", "/assessments/abc", "/account/export", "/admin"]) expect(isMemberPath(p)).toBe(true);
    for (const p of ["/", "/articles", "/quiz/result", "/dashboards", "/accounting"]) expect(isMemberPath(p)).toBe(false);
    for (const p of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"]) expect(isGuestPath(p)).toBe(true);
  });
});

describe("proxyRedirect", () => {
  it("sends guests from member pages to sign in, remembering where they were going", () => {
    expect(proxyRedirect({ pathname: "/journal", search: "?date=2026-11-02" }, false)).toBe("/sign-in?next=%2Fjournal%3Fdate%3D2026-11-02");
    expect(proxyRedirect({ pathname: "/admin", search: "" }, false)).toBe("/sign-in?next=%2Fadmin");
  });

  it("sends members from guest pages to the dashboard (or a safe next)", () => {
    expect(proxyRedirect({ pathname: "/sign-up", search: "" }, true)).toBe("/dashboard");
    expect(proxyRedirect({ pathname: "/sign-in", search: "?next=%2Fjournal" }, true)).toBe("/journal");
    expect(proxyRedirect({ pathname: "/sign-in", search: "?next=%2F%2Fevil.example" }, true)).toBe("/dashboard");
  });

  it("lets everything else through", () => {
    expect(proxyRedirect({ pathname: "/dashboard", search: "" }, true)).toBeNull();
    expect(proxyRedirect({ pathname: "/sign-in", search: "" }, false)).toBeNull();
    expect(proxyRedirect({ pathname: "/articles", search: "" }, false)).toBeNull();
  });
});

describe("signInPath", () => {
  it("carries a safe next and a reason", () => {
    expect(signInPath("/account", "session-ended")).toBe("/sign-in?next=%2Faccount&reason=session-ended");
    expect(signInPath(undefined, "account-deleted")).toBe("/sign-in?reason=account-deleted");
    expect(signInPath()).toBe("/sign-in");
  });
});
