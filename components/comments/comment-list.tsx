import type { CommentsPayload } from "./types";

/** Approved comments as plain text: React escapes it, and line breaks are kept by CSS, not HTML. */
export function CommentList({ comments }: { comments: CommentsPayload["comments"] }) {
  if (comments.length === 0)
    return (
      <p className="text-muted mt-4">No comments yet. Questions and experiences are welcome.</p>
    );
  return (
    <ol className="mt-6 space-y-5">
      {comments.map((c) => (
        <li key={c.id} className="border-brand-100 rounded-2xl border bg-white p-5">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <strong className="font-semibold">{c.name}</strong>
            <time dateTime={c.createdAt} className="text-muted text-sm">
              {c.createdAtLabel}
            </time>
          </p>
          <p className="mt-2 leading-relaxed break-words whitespace-pre-line">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}
