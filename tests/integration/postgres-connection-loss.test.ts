import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { openPostgres, type DatabaseHandle } from "@/db/client";
import { insertAssessment } from "@/db/queries/assessments";
import { createComment } from "@/db/queries/comments";
import { deliverPending, enqueueEmail } from "@/db/queries/outbox";
import { assessments, comments, emailOutbox, users } from "@/db/schema";
import { answersForType } from "@/lib/quiz/test-answers";
import { env } from "@/lib/env";

// What a Postgres restart does to the app's connections, without restarting
// the shared server: pg_terminate_backend ends a session with the same error
// (57P01) a fast shutdown sends to every backend. Postgres only; PGlite has
// no connections to lose.

const APP = "lbpfix_connection_loss_test";
const handles: DatabaseHandle[] = [];

function open(poolMax: number): DatabaseHandle {
  const url = new URL(env.DATABASE_URL ?? "");
  url.searchParams.set("application_name", APP);
  const handle = openPostgres(url.toString(), poolMax);
  handles.push(handle);
  return handle;
}

async function terminate(where: string, params: unknown[]): Promise<number> {
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: number }>(
      `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where pid <> pg_backend_pid() and ${where}`,
      params,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await admin.end();
  }
}

/** Ends every session of the handles opened here, as a shutdown would. */
const terminateAppSessions = () => terminate("application_name = $1", [APP]);

/** Ends every session on this test file's database, the app's own pool (getDb) included. */
const terminateDatabaseSessions = () => terminate("datname = current_database()", []);

afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
});

describe.skipIf(!env.DATABASE_URL)("Postgres ending the app's sessions (a restart)", () => {
  vi.spyOn(console, "error").mockImplementation(() => {}); // the pool logs each lost connection

  it("a transaction cut off before its COMMIT runs again and stores its rows once", async () => {
    const { db } = open(2);
    let runs = 0;
    await db.transaction(async (tx) => {
      runs += 1;
      await tx.insert(users).values({ email: "cut-off@restart.test", name: `run ${runs}` });
      if (runs === 1) expect(await terminateAppSessions()).toBeGreaterThan(0);
      await tx
        .update(users)
        .set({ name: `done in run ${runs}` })
        .where(eq(users.email, "cut-off@restart.test"));
    });
    expect(runs).toBe(2);
    const rows = await db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.email, "cut-off@restart.test"));
    expect(rows).toEqual([{ name: "done in run 2" }]);
  });

  it("a statement on a connection the server ended is retried", async () => {
    const { db } = open(2);
    await db.execute(sql`select 1`); // leaves an idle connection in the pool
    await terminateAppSessions();
    const { rows } = await db.execute<{ n: number }>(sql`select 2 as n`);
    expect(rows[0]?.n).toBe(2);
  });

  it("transactions keep working after their connection dies at BEGIN (no client is leaked)", async () => {
    const { db } = open(1); // one client: a leaked one would hang every later transaction
    const pool = (db as unknown as { $client: pg.Pool }).$client;
    for (let i = 0; i < 3; i++) {
      // The connection drops just as the transaction gets its client, so BEGIN
      // meets a dead socket (drizzle sends BEGIN outside its try/finally).
      pool.once("acquire", (client: pg.PoolClient) => {
        (
          client as unknown as { connection: { stream: { destroy(): void } } }
        ).connection.stream.destroy();
      });
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({ email: `begin-${i}@restart.test` })
          .returning({ id: users.id });
        return row?.id;
      });
      expect(id).toBeTruthy();
    }
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`${users.email} like 'begin-%'`);
    expect(count?.n).toBe(3);
  }, 20_000);

  it("an email whose delivery is cut off by a restart is sent once", async () => {
    const db = await getDb();
    await enqueueEmail(db, {
      userId: null,
      message: { to: "restart@example.test", subject: "Hi", text: "Hi", kind: "test" },
    });
    const sent: string[] = [];
    const send = async (email: { to: string }) => {
      sent.push(email.to);
      // The mail server has the message; the app's connections die before it can note that.
      if (sent.length === 1) expect(await terminateDatabaseSessions()).toBeGreaterThan(0);
    };
    expect(await deliverPending(send)).toBe(1);
    expect(await deliverPending(send)).toBe(0);
    expect(sent).toEqual(["restart@example.test"]);
    const [row] = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "restart@example.test"));
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.attempts).toBe(1);
  });

  // The ambiguous case: the statement reached the server, which commits it,
  // but the connection dies before the answer comes back. A trigger holds
  // the insert on the server long enough to cut the socket under it.
  describe.each([
    {
      table: "comments",
      count: () => countRows(comments, sql`${comments.articleSlug} = 'lost-answer'`),
      write: () =>
        createComment({
          articleSlug: "lost-answer",
          userId: null,
          name: "A",
          email: "a@example.test",
          body: "Hello",
          ipHash: null,
        }),
    },
    {
      table: "assessments",
      count: () => countRows(assessments, sql`${assessments.worstPain} = 9`),
      write: () =>
        insertAssessment({ userId: null, answers: answersForType("flexion", { worstPain: 9 }) }),
    },
  ])("an insert into $table whose answer is lost", ({ table, count, write }) => {
    it("is stored once, not again by the retry", async () => {
      const db = await getDb();
      await db.execute(
        sql.raw(
          `create or replace function lbpfix_slow_insert() returns trigger language plpgsql as $$ begin perform pg_sleep(0.5); return new; end $$`,
        ),
      );
      await db.execute(
        sql.raw(
          `create trigger slow_insert before insert on ${table} for each row execute function lbpfix_slow_insert()`,
        ),
      );
      try {
        const pool = (db as unknown as { $client: pg.Pool }).$client;
        pool.once("acquire", (client: pg.PoolClient) => {
          const stream = (client as unknown as { connection: { stream: { destroy(): void } } })
            .connection.stream;
          setTimeout(() => stream.destroy(), 200); // mid-insert: the server is in the trigger
        });
        await write();
        expect(await count()).toBe(1);
      } finally {
        await db.execute(sql.raw(`drop trigger slow_insert on ${table}`));
      }
    });
  });
});

async function countRows(
  table: typeof comments | typeof assessments,
  where: ReturnType<typeof sql>,
): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(where);
  return row?.n ?? 0;
}
