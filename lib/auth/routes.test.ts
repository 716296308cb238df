import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isGuestPath,
  isMemberPath,
  proxyRedirect,
  safeNextPath,
  signInNotice,
  signInPath,
} from "./routes";

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
    for (const p of [
      "/dashboard",
      "/program",
      "/journal/insights",
      "/assessments/abc",
      "/account/export",
      "/admin",
    ])
      expect(isMemberPath(p)).toBe(true);
    for (const p of ["/", "/articles", "/quiz/result", "/dashboards", "/accounting"])
      expect(isMemberPath(p)).toBe(false);
    for (const p of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"])
      expect(isGuestPath(p)).toBe(true);
  });
});

describe("proxyRedirect", () => {
  it("sends guests from member pages to sign in, remembering where they were going", () => {
    expect(proxyRedirect({ pathname: "/journal", search: "?date=2026-11-02" }, false)).toBe(
      "/sign-in?next=%2Fjournal%3Fdate%3D2026-11-02",
    );
    expect(proxyRedirect({ pathname: "/admin", search: "" }, false)).toBe("/sign-in?next=%2Fadmin");
  });

  it("sends members from guest pages to the dashboard (or a safe next)", () => {
    expect(proxyRedirect({ pathname: "/sign-up", search: "" }, true)).toBe("/dashboard");
    expect(proxyRedirect({ pathname: "/sign-in", search: "?next=%2Fjournal" }, true)).toBe(
      "/journal",
    );
    expect(proxyRedirect({ pathname: "/sign-in", search: "?next=%2F%2Fevil.example" }, true)).toBe(
      "/dashboard",
    );
  });

  it("lets everything else through", () => {
    expect(proxyRedirect({ pathname: "/dashboard", search: "" }, true)).toBeNull();
    expect(proxyRedirect({ pathname: "/sign-in", search: "" }, false)).toBeNull();
    expect(proxyRedirect({ pathname: "/articles", search: "" }, false)).toBeNull();
  });
});

describe("signInPath", () => {
  it("carries a safe next and a reason", () => {
    expect(signInPath("/account", "session-ended")).toBe(
      "/sign-in?next=%2Faccount&reason=session-ended",
    );
    expect(signInPath(undefined, "account-deleted")).toBe("/sign-in?reason=account-deleted");
    expect(signInPath()).toBe("/sign-in");
  });
});

describe("F3: safeNextPath never leaves the origin", () => {
  const ORIGIN = "http://lbpfix.invalid";
  const leaves = (path: string) =>
    path.startsWith("//") || path.startsWith("/\\") || new URL(path, ORIGIN).origin !== ORIGIN;

  it("refuses dot segments that normalise into another host", () => {
    for (const raw of [
      "/.//evil.example",
      "/./..//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
    ]) {
      expect(leaves(safeNextPath(raw)), raw).toBe(false);
    }
    expect(safeNextPath("/.//evil.example")).toBe("/dashboard");
  });

  it("keeps every result on the site, for any input (fuzzed)", () => {
    const piece = fc.constantFrom(
      "/",
      ".",
      "..",
      "//",
      "\\",
      "%2f",
      "%2e",
      "%5c",
      "evil.example",
      "@",
      ":",
      "?",
      "#",
      "a",
      " ",
      "\t",
    );
    const structured = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(structured, fc.string(), fc.webUrl(), fc.webPath()), (raw) => {
        expect(leaves(safeNextPath(raw))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("F14: signInNotice", () => {
  it("answers only for reasons we defined, never for prototype keys", () => {
    expect(signInNotice("signed-out")).toBe("You’re signed out.");
    for (const reason of ["__proto__", "constructor", "toString", "hasOwnProperty", undefined, 7]) {
      expect(signInNotice(reason)).toBeUndefined();
    }
  });
});
