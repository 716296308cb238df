import type { Metadata } from "next";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button-class";
import { formatShortDate } from "@/lib/dates/iso-date";
import { memberOfUnsubscribeLink, unsubscribedAtByLink } from "@/server/reminders/unsubscribe";

export const metadata: Metadata = {
  title: "Unsubscribe from reminders",
  robots: { index: false },
  referrer: "no-referrer",
};

// Opened from a reminder email, signed in or not. Opening it changes nothing (mail scanners
// open links); the button posts to the one-click route, which works without JavaScript.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = token.length <= 512 && memberOfUnsubscribeLink(token) !== null;
  const unsubscribedAt = valid ? await unsubscribedAtByLink(token) : null;

  return (
    <div className="mx-auto w-full max-w-xl space-y-5 px-4 py-10 sm:py-14">
      <h1 className="font-serif text-3xl font-bold">
        {!valid
          ? "This link is not valid"
          : unsubscribedAt
            ? "You are unsubscribed"
            : "Unsubscribe from reminders"}
      </h1>
      {!valid ? (
        <p>
          The link may have been copied incompletely. Use the link from the email again, or sign in
          and turn reminders off in your reminder settings.
        </p>
      ) : unsubscribedAt ? (
        <p role="status">
          Since {formatShortDate(unsubscribedAt.toISOString().slice(0, 10), true)}, LBPfix sends you
          no reminder emails. Account emails (such as password resets) still arrive. You can switch
          reminders back on at any time in{" "}
          <Link className="underline" href="/settings/reminders">
            your reminder settings
          </Link>
          .
        </p>
      ) : (
        <>
          <p>
            This stops every LBPfix reminder email: session and journal reminders, the weekly
            summary and milestones. Account emails, such as password resets, still arrive.
          </p>
          <form method="post" action={`/unsubscribe/${token}/one-click`}>
            <input type="hidden" name="from" value="page" />
            <button type="submit" className={buttonClassName("primary")}>
              Unsubscribe
            </button>
          </form>
        </>
      )}
    </div>
  );
}
