import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { accounts, users, verificationTokens } from "@/db/schema";
import { exportAccountData } from "@/db/queries/account";

// Google and GitHub sign-in switch on with environment variables only
// (auth.ts passes this adapter, on our own tables, when a provider is set).
// This checks the adapter works on those tables as they are.

async function adapter() {
  const a = DrizzleAdapter(await getDb(), {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  });
  if (
    !a.createUser ||
    !a.linkAccount ||
    !a.getUserByAccount ||
    !a.getUserByEmail ||
    !a.unlinkAccount
  )
    throw new Error("adapter incomplete");
  return a as Required<typeof a>;
}

describe("social sign-in on our tables", () => {
  it("creates a member with a session version and links the provider account", async () => {
    const a = await adapter();
    const user = await a.createUser({
      id: crypto.randomUUID(),
      email: "social@example.test",
      emailVerified: null,
      name: "Sol Social",
      image: null,
    });
    expect(user).toMatchObject({ email: "social@example.test", role: "member", sessionVersion: 0 });
    await a.linkAccount({
      userId: user.id,
      type: "oidc",
      provider: "google",
      providerAccountId: "google-123",
      access_token: "token",
      token_type: "bearer",
    });
    expect(
      await a.getUserByAccount({ provider: "google", providerAccountId: "google-123" }),
    ).toMatchObject({ id: user.id });
    expect(await a.getUserByEmail("social@example.test")).toMatchObject({ id: user.id });
    const exported = await exportAccountData({ userId: user.id });
    expect(exported?.linkedAccounts).toEqual([
      { provider: "google", providerAccountId: "google-123", type: "oidc", scope: null },
    ]);
  });
});
