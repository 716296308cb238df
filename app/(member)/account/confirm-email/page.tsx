import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { isEmailChangePending } from "@/db/queries/email-change";
import { requireUser } from "@/server/auth/current-user";
import { hashToken } from "@/lib/auth/tokens";
import { ConfirmEmailForm } from "../_components/confirm-email-form";

export const metadata: Metadata = {
  title: "Confirm your new email",
  robots: { index: false },
  referrer: "no-referrer",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConfirmEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const newEmail =
    token && token.length <= 200
      ? await isEmailChangePending({ userId: user.id, tokenHash: hashToken(token) })
      : null;
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-14">
      <h1 className="font-serif text-3xl font-bold">Confirm your new email</h1>
      <Card className="mt-6 space-y-4">
        {newEmail ? (
          <>
            <p>
              Use <strong className="wrap-anywhere">{newEmail}</strong> instead of{" "}
              <span className="wrap-anywhere">{user.email}</span> for your account?
            </p>
            <ConfirmEmailForm token={token} />
          </>
        ) : (
          <p>
            This link has expired, has already been used, or belongs to another account. You can ask
            for a new one on your{" "}
            <Link className="underline" href="/account">
              account page
            </Link>
            .
          </p>
        )}
      </Card>
    </div>
  );
}
