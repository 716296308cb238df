// The admin account every e2e run starts with (written by seed-fixtures.ts),
// for the moderation specs: `await signIn(page, E2E_ADMIN, "/admin")`.
export const E2E_ADMIN = {
  name: "Ada Admin",
  email: "admin@lbpfix.test",
  password: "moderating comments calmly",
} as const;

export async function writeAdminFixture(): Promise<void> {
  const { getDb } = await import("@/db");
  const { users } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/password");
  const db = await getDb();
  await db
    .insert(users)
    .values({
      name: E2E_ADMIN.name,
      email: E2E_ADMIN.email,
      role: "admin",
      passwordHash: await hashPassword(E2E_ADMIN.password),
    })
    .onConflictDoNothing();
}
