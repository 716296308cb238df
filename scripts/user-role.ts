// `npm run user:role -- <email> <member|admin>`: grants or removes the admin
// role. Uses the configured database (stop a PGlite-backed server first: the
// embedded database allows one process at a time).
import { closeDb, getDb } from "@/db";
import { setUserRole } from "@/db/queries/user-role";

const ROLES = ["member", "admin"] as const;
type Role = (typeof ROLES)[number];

function isRole(value: string | undefined): value is Role {
  return ROLES.includes(value as Role);
}

async function main() {
  const [email, role] = process.argv.slice(2);
  if (!email || !isRole(role)) {
    console.error("Usage: npm run user:role -- <email> <member|admin>");
    process.exitCode = 2;
    return;
  }
  const changed = await setUserRole(await getDb(), { email, role });
  if (!changed) {
    console.error(`No user has the email ${email}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `${email} is now ${role === "admin" ? "an admin" : "a member"}. Their next request uses the new role.`,
    );
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
