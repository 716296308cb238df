import { EventEmitter } from "node:events";
import type pg from "pg";
import { describe, expect, it, vi } from "vitest";
import {
  guardCheckedOutClient,
  isRetryable,
  withRetry,
  withTransactionRetry,
} from "./retrying-pool";

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
      return calls === 1
        ? Promise.reject(pgError("57P01", "terminating connection due to administrator command"))
        : Promise.resolve();
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
    expect(isRetryable(new Error("Failed query: insert …", { cause: pgError("23505") }))).toBe(
      false,
    );
  });

  it("sees a connection failure through drizzle's wrapping", () => {
    expect(
      isRetryable(
        new Error("Failed query: rollback", {
          cause: new Error("Client has encountered a connection error and is not queryable"),
        }),
      ),
    ).toBe(true);
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

/** A checked-out client whose statements answer as `answer` says. */
function fakeClient(answer: (text: string) => Promise<unknown>) {
  const emitter = new EventEmitter();
  const release = vi.fn();
  const client = Object.assign(emitter, { query: (text: string) => answer(text), release });
  return { client: guardCheckedOutClient(client as unknown as pg.PoolClient), release };
}

describe("retrying transactions across a Postgres restart", () => {
  const transaction = async (client: pg.PoolClient) => {
    await client.query("begin");
    await client.query("insert into t values (1)");
    await client.query("commit");
    return "committed";
  };

  it("runs a transaction again when its connection died before COMMIT was sent", async () => {
    let runs = 0;
    const result = await withTransactionRetry(async () => {
      runs += 1;
      const { client } = fakeClient((text) =>
        runs === 1 && text.startsWith("insert")
          ? Promise.reject(pgError("57P01", "terminating connection due to administrator command"))
          : Promise.resolve({}),
      );
      return transaction(client);
    });
    expect(result).toBe("committed");
    expect(runs).toBe(2);
  });

  it("does not run it again when the connection died during COMMIT (it may have committed)", async () => {
    let runs = 0;
    await expect(
      withTransactionRetry(async () => {
        runs += 1;
        const { client } = fakeClient((text) =>
          text === "commit"
            ? Promise.reject(new Error("Connection terminated unexpectedly"))
            : Promise.resolve({}),
        );
        return transaction(client);
      }),
    ).rejects.toThrow(/Connection terminated/);
    expect(runs).toBe(1);
  });

  it("runs it again when the client refused the COMMIT without sending it", async () => {
    let runs = 0;
    await withTransactionRetry(async () => {
      runs += 1;
      const { client } = fakeClient((text) =>
        runs === 1 && text === "commit"
          ? Promise.reject(
              new Error("Client has encountered a connection error and is not queryable"),
            )
          : Promise.resolve({}),
      );
      return transaction(client);
    });
    expect(runs).toBe(2);
  });

  it("releases a client whose connection is lost while checked out, once", () => {
    const { client, release } = fakeClient(() => Promise.resolve({}));
    const error = new Error("Connection terminated unexpectedly");
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => client.emit("error", error)).not.toThrow(); // no longer an unhandled 'error' event
    client.release(); // what drizzle's finally does afterwards
    expect(release).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledWith(error); // with the error, so the pool drops it
  });
});
