import { randomBytes } from "node:crypto";
import pg from "pg";

// Creates a throwaway database on the Postgres server named by `adminUrl` and
// returns its URL plus a function that drops it.
export async function createFreshPostgres(adminUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}
