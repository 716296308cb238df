// Accounts and data the browser tests start from. Runs before the e2e server
// owns the database. Kept small: each spec creates what it changes.
export async function writeE2eFixtures(): Promise<void> {
  const { getDb } = await import("@/db");
  await getDb(); // migrate
  const { writeMemberFixtures } = await import("./member-fixtures");
  await writeMemberFixtures();
  const { writeAdminFixture } = await import("./admin");
  await writeAdminFixture();
}
