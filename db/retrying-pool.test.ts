import { describe, expect, it } from "vitest";
import { isRetryable, withRetry } from "./retrying-pool";

const pgError = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("retrying queries across a Postgres restart", () => {
  it("retries a refused connection until the database is back", async () => {
    let calls = 0;
    const result = await withRetry(() => {
      calls += 1;
      return calls < 3 ? Promise.reject(pgError("ECONNREFUSED")) : Promise.resolve("rows");
    });
    expect(result).toBe("rows");
    expect(calls).toBe(3);
  });

  it("retries a statement aborted by the server shutting down", async () => {
    let calls = 0;
    await withRetry(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(pgError("57P01", "terminating connection due to administrator command")) : Promise.resolve();
    });
    expect(calls).toBe(2);
  });

  it("does not retry a constraint violation or a syntax error", async () => {
    let calls = 0;
    await expect(
      withRetry(() => {
        calls += 1;
        return Promise.reject(pgError("23514", "violates check constraint"));
      }),
    ).rejects.toThrow(/check constraint/);
    expect(calls).toBe(1);
    expect(isRetryable(pgError("42601"))).toBe(false);
  });

  it("gives up once the time budget is spent", async () => {
    let calls = 0;
    await expect(
      withRetry(() => {
        calls += 1;
        return Promise.reject(pgError("ECONNREFUSED"));
      }, 350),
    ).rejects.toThrow();
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(6);
  });
});
