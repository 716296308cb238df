import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openKey, SEALED_KEY_MAX_LENGTH, sealKey } from "./sealed-key";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const MEMBER_A = "3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b";
const MEMBER_B = "00000000-0000-4000-8000-000000000000";
const claims = { memberId: MEMBER_A, dataVersion: 7, today: "2026-12-03", firstName: "Ann" };

describe("sealed keys (security review F2)", () => {
  it("opens to the claims it sealed, and the same claims seal to the same key (a cache key)", () => {
    const key = sealKey("dashboard", claims, SECRET);
    expect(openKey("dashboard", key, SECRET)).toEqual(claims);
    expect(sealKey("dashboard", claims, SECRET)).toBe(key);
  });

  it("does not open for another purpose or with another secret", () => {
    const key = sealKey("dashboard", claims, SECRET);
    expect(openKey("insights", key, SECRET)).toBeNull();
    expect(openKey("dashboard", key, "another-secret-another-secret-000000")).toBeNull();
  });

  it("refuses another member's id under the original signature", () => {
    const [, signature] = sealKey("dashboard", claims, SECRET).split(".");
    const swapped = Buffer.from(JSON.stringify({ ...claims, memberId: MEMBER_B })).toString(
      "base64url",
    );
    expect(openKey("dashboard", `${swapped}.${signature}`, SECRET)).toBeNull();
  });

  it("refuses a key an attacker sealed with a secret they guessed", () => {
    const forged = sealKey(
      "dashboard",
      { ...claims, memberId: MEMBER_B },
      "e2e-only-secret-e2e-only-secret-0123456789",
    );
    expect(openKey("dashboard", forged, SECRET)).toBeNull();
  });

  it("refuses what is not a key: objects, bare ids, over-long strings, anything random", () => {
    expect(openKey("dashboard", { memberId: MEMBER_B }, SECRET)).toBeNull();
    expect(openKey("dashboard", MEMBER_B, SECRET)).toBeNull();
    expect(openKey("dashboard", `${"a".repeat(SEALED_KEY_MAX_LENGTH)}.b`, SECRET)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(openKey("dashboard", value, SECRET)).toBeNull();
      }),
    );
  });

  it("answers a 1 MB value in under 200 ms without parsing it", () => {
    const started = performance.now();
    expect(openKey("dashboard", `${"A".repeat(1_000_000)}.${"B".repeat(43)}`, SECRET)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
