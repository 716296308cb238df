import { describe, expect, it } from "vitest";
import { signGuestResultRef, verifyGuestResultRef } from "./guest-cookie";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const ID = "3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b";

describe("guest result cookie", () => {
  it("round-trips an assessment id", () => {
    expect(verifyGuestResultRef(signGuestResultRef(ID, SECRET), SECRET)).toBe(ID);
  });

  it("holds the id and a signature, never answers", () => {
    const value = signGuestResultRef(ID, SECRET);
    expect(value.startsWith(`${ID}.`)).toBe(true);
    expect(value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  });

  it("rejects a value signed with another secret", () => {
    expect(
      verifyGuestResultRef(signGuestResultRef(ID, SECRET), "another-secret-another-secret-000000"),
    ).toBeNull();
  });

  it("rejects an id swapped for another one under the original signature", () => {
    const [, signature] = signGuestResultRef(ID, SECRET).split(".");
    const other = "00000000-0000-4000-8000-000000000000";
    expect(verifyGuestResultRef(`${other}.${signature}`, SECRET)).toBeNull();
  });

  it("rejects a tampered signature, including one cut short", () => {
    const value = signGuestResultRef(ID, SECRET);
    const flipped = value.slice(0, -1) + (value.endsWith("A") ? "B" : "A");
    expect(verifyGuestResultRef(flipped, SECRET)).toBeNull();
    expect(verifyGuestResultRef(value.slice(0, -4), SECRET)).toBeNull();
  });

  it.each([undefined, null, "", "no-dot", `${ID}.`, `.abc`, "not-a-uuid.abcd", `${ID}.bad sig!`])(
    "rejects a malformed value %j",
    (value) => {
      expect(verifyGuestResultRef(value, SECRET)).toBeNull();
    },
  );

  it("refuses to sign something that is not an assessment id, or without a secret", () => {
    expect(() => signGuestResultRef("1; drop table", SECRET)).toThrow();
    expect(() => signGuestResultRef(ID, "")).toThrow();
    expect(verifyGuestResultRef(signGuestResultRef(ID, SECRET), "")).toBeNull();
  });
});
