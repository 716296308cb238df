import Link from "next/link";
import { getSiteCounts } from "@/db/queries/admin";
import { getPendingComments } from "@/db/queries/comments";
import { maskEmail } from "@/components/comments/mask-email";
import { buttonClassName } from "@/components/ui/button-class";
import { getArticleSummaries } from "@/server/content/load";
import { requireAdmin } from "@/server/auth/current-user";
import { moderateCommentAction } from "@/actions/admin";
import { ActionForm } from "@/components/forms/action-form";

const MESSAGES: Record<string, { text: string; error?: boolean }> = {
  approved: { text: "Comment approved. It now shows on its article." },
  rejected: { text: "Comment rejected." },
  spam: { text: "Comment marked as spam." },
  stale: { text: "That comment had already been moderated.", error: true },
  invalid: { text: "That request was not understood. Please try again.", error: true },
};

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<{ moderated?: string }>;
}) {
  await requireAdmin();
  const [counts, pending, { moderated }] = await Promise.all([
    getSiteCounts(),
    getPendingComments(),
    searchParams,
  ]);
  const titles = new Map(getArticleSummaries().map((a) => [a.slug, a.title]));
  const message = moderated ? MESSAGES[moderated] : undefined;
  const stats = [
    { label: "Members", value: counts.members },
    { label: "Quizzes taken", value: counts.quizzes },
    { label: "Journal entries", value: counts.journalEntries },
    { label: "Comments waiting", value: counts.pendingComments },
  ];

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="font-serif text-4xl font-bold">Admin</h1>
      {message ? (
        <p
          role={message.error ? "alert" : "status"}
          className={`mt-6 rounded-lg border px-4 py-3 ${message.error ? "border-danger-700/40 bg-danger-50 text-danger-700" : "border-brand-200 bg-brand-50 text-brand-800"}`}
        >
          {message.text}
        </p>
      ) : null}

      <section aria-labelledby="counts-heading" className="mt-8">
        <h2 id="counts-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {stats.map((s) => (
            <div key={s.label} className="border-brand-100 rounded-2xl border bg-white p-4">
              <dt className="text-muted text-sm">{s.label}</dt>
              <dd className="mt-1 text-3xl font-bold tabular-nums">{s.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="queue-heading" className="mt-12">
        <h2 id="queue-heading" className="text-xl font-semibold">
          Comments waiting for moderation
        </h2>
        <p className="text-muted mt-1 text-sm">
          Oldest first. Emails are masked here too: only the database holds them in full.
        </p>
        {pending.length === 0 ? (
          <p className="mt-4">Nothing to moderate right now.</p>
        ) : (
          <ol className="mt-4 space-y-4">
            {pending.map((c) => (
              <li key={c.id}>
                <article
                  aria-labelledby={`comment-${c.id}-title`}
                  className="border-brand-100 rounded-2xl border bg-white p-5"
                >
                  <h3 id={`comment-${c.id}-title`} className="font-semibold">
                    {c.name} <span className="text-muted font-normal">({maskEmail(c.email)})</span>{" "}
                    on{" "}
                    <Link href={`/articles/${c.articleSlug}`} className="underline">
                      {titles.get(c.articleSlug) ?? c.articleSlug}
                    </Link>
                  </h3>
                  <p className="text-muted text-sm">
                    <time dateTime={c.createdAt.toISOString()}>
                      {dateTime.format(c.createdAt)} UTC
                    </time>
                  </p>
                  <p className="mt-3 break-words whitespace-pre-line">{c.body}</p>
                  <ActionForm action={moderateCommentAction} className="mt-4 flex flex-wrap gap-2">
                    <input type="hidden" name="id" value={c.id} />
                    <button
                      type="submit"
                      name="decision"
                      value="approved"
                      className={buttonClassName("primary")}
                    >
                      Approve<span className="sr-only"> comment by {c.name}</span>
                    </button>
                    <button
                      type="submit"
                      name="decision"
                      value="rejected"
                      className={buttonClassName("secondary")}
                    >
                      Reject<span className="sr-only"> comment by {c.name}</span>
                    </button>
                    <button
                      type="submit"
                      name="decision"
                      value="spam"
                      className={buttonClassName("danger")}
                    >
                      Mark as spam<span className="sr-only"> comment by {c.name}</span>
                    </button>
                  </ActionForm>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
