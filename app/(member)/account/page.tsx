import type { Metadata } from "next";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { hasPassword } from "@/db/queries/users";
import { requireUser } from "@/server/auth/current-user";
import { signOutAction, signOutEverywhereAction } from "@/actions/account";
import { ActionForm } from "@/components/forms/action-form";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { EmailForm } from "./_components/email-form";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";

export const metadata: Metadata = { title: "Account", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Section({
  id,
  title,
  children,
  tone,
}: {
  id: string;
  title: string;
  children: ReactNode;
  tone?: "danger";
}) {
  return (
    <Card
      aria-labelledby={`${id}-heading`}
      className={tone === "danger" ? "border-danger-700/40" : ""}
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-4 space-y-4">{children}</div>
    </Card>
  );
}

/** Everything a member can take away: the whole account as JSON, and parts as spreadsheets. */
const DOWNLOADS = [
  { href: "/account/export", label: "Download all my data (JSON)" },
  { href: "/account/export/journal.csv", label: "Download my journal (CSV)" },
  { href: "/account/export/sessions.csv", label: "Download my session log (CSV)" },
  { href: "/account/export/progress.csv", label: "Download my progress (CSV)" },
  { href: "/account/export/lessons.csv", label: "Download my course lessons (CSV)" },
  { href: "/account/export/share-links.csv", label: "Download my share links (CSV)" },
  { href: "/account/export/visit-pack.csv", label: "Download my visit pack notes (CSV)" },
  { href: "/account/export/reminders.csv", label: "Download my reminders (CSV)" },
] as const;

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [withPassword, params] = await Promise.all([
    hasPassword({ userId: user.id }),
    searchParams,
  ]);
  const emailUpdated = params.updated === "email";
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:py-12">
      <div>
        <h1 className="font-serif text-3xl font-bold">Account</h1>
        <p className="text-muted mt-2 wrap-anywhere">Signed in as {user.email}.</p>
        {emailUpdated ? (
          <p
            role="status"
            className="border-brand-200 bg-brand-50 text-brand-800 mt-4 rounded-lg border px-4 py-3 wrap-anywhere"
          >
            Your email is now {user.email}.
          </p>
        ) : null}
      </div>

      <Section id="details" title="Your name">
        <NameForm name={user.name ?? ""} />
      </Section>

      <Section id="email" title="Email">
        <p>
          Your email is <strong className="wrap-anywhere">{user.email}</strong>. We’ll send a link
          to the new address; the change happens once you open it.
        </p>
        {withPassword ? (
          <EmailForm />
        ) : (
          <p className="text-muted">
            Your account signs in with Google or GitHub, which manages its email.
          </p>
        )}
      </Section>

      <Section id="password" title="Password">
        {withPassword ? (
          <>
            <p>Changing your password signs you out on every other device.</p>
            <PasswordForm />
          </>
        ) : (
          <p className="text-muted">
            Your account signs in with Google or GitHub and has no password here.
          </p>
        )}
      </Section>

      <Section id="sessions" title="Signing out">
        <p>
          Signed in on a shared or lost device? “Sign out everywhere” ends every session of your
          account, this one included.
        </p>
        <div className="flex flex-wrap gap-3">
          <ActionForm action={signOutAction}>
            <button type="submit" className={buttonClassName("secondary")}>
              Sign out
            </button>
          </ActionForm>
          <ActionForm action={signOutEverywhereAction}>
            <button type="submit" className={buttonClassName("secondary")}>
              Sign out everywhere
            </button>
          </ActionForm>
        </div>
      </Section>

      <Section id="data" title="Your data">
        <p>
          Download everything we hold about you — account, quiz results, program, session log,
          journal, progress, course lessons, visit pack notes, share links, comments and a list of
          the emails we sent you — as one JSON file, or parts of it as spreadsheets (CSV).
        </p>
        <ul className="flex flex-wrap gap-3">
          {DOWNLOADS.map(({ href, label }) => (
            <li key={href}>
              <a href={href} download className={buttonClassName("secondary")}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="delete" title="Delete your account" tone="danger">
        <p>
          This permanently deletes your account and everything in it: quiz results, program, session
          log, journal, progress, course lessons and comments. It can’t be undone. You may want to
          download your data first.
        </p>
        <DeleteAccountForm hasPassword={withPassword} />
      </Section>
    </div>
  );
}
