// `npm run db:seed`: a demo member with ~6 months of journal entries, program
// sessions and assessments, so a newcomer sees a lived-in dashboard.
// Sign in as demo@lbpfix.test. Refuses to run in production unless told to.
import { closeDb, databaseDriver, getDb } from "@/db";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoMember } from "@/db/seed";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";

async function main() {
  if (env.NODE_ENV === "production" && !process.argv.includes("--allow-production")) {
    throw new Error(
      "Refusing to seed demo data into a production database (pass --allow-production if you really mean it).",
    );
  }
  const result = await seedDemoMember(await getDb(), {
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  console.log(
    `Seeded ${DEMO_EMAIL} (password: ${DEMO_PASSWORD}) on ${databaseDriver()}: ${result.sessions} sessions, plan "${result.plan}".`,
  );
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
