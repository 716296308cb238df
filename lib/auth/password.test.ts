import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses Argon2id with OWASP's parameters and a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("ünïcode & spaces are fine 🙂");
    expect(await verifyPassword(stored, "ünïcode & spaces are fine 🙂")).toBe(true);
    expect(await verifyPassword(stored, "ünïcode & spaces are fine")).toBe(false);
  });

  it("says no, without throwing, for a missing or malformed hash", async () => {
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("takes as long for a missing hash as for a real one", async () => {
    const stored = await hashPassword("timing check passphrase");
    await verifyPassword(null, "warm up the dummy hash");
    const time = async (run: () => Promise<boolean>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    const real: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 5; i++) {
      real.push(await time(() => verifyPassword(stored, "wrong guess")));
      missing.push(await time(() => verifyPassword(null, "wrong guess")));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[2]!;
    // Same work (one argon2 verification); allow for noise on a shared CPU.
    expect(median(missing)).toBeGreaterThan(median(real) * 0.5);
    expect(median(missing)).toBeLessThan(median(real) * 2);
  });
});
