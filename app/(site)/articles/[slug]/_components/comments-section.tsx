"use client";

import { useEffect, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { isCommentsPayload, type CommentsPayload } from "@/components/comments/types";

type Load = { status: "loading" } | { status: "error" } | ({ status: "ready" } & CommentsPayload);

/**
 * The article page is static; this island asks the server for the live part
 * (approved comments, and who is signed in) after the page loads, so a new
 * approval shows at once on every instance without rebuilding the page.
 */
export function CommentsSection({
  slug,
  action,
}: {
  slug: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [load, setLoad] = useState<Load>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/articles/${encodeURIComponent(slug)}/comments`, {
      headers: { accept: "application/json" },
      cache: "no-store",
      signal: controller.signal,
    })
      .then(async (response) => {
        const data: unknown = response.ok ? await response.json() : null;
        setLoad(isCommentsPayload(data) ? { status: "ready", ...data } : { status: "error" });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error("[comments] could not load:", error);
          setLoad({ status: "error" });
        }
      });
    return () => controller.abort();
  }, [slug]);

  return (
    // No accessible name on the section, form or list: "Comment" must label only
    // the textarea, so getByLabel("Comment") and screen readers find one field.
    <section
      id="comments"
      className="border-brand-100 mt-14 scroll-mt-6 border-t pt-8 print:hidden"
    >
      <h2 id="comments-heading" className="font-serif text-2xl font-bold">
        Comments
      </h2>
      <div aria-live="polite" aria-busy={load.status === "loading"}>
        {load.status === "ready" ? <CommentList comments={load.comments} /> : null}
        {load.status === "error" ? (
          <p className="text-muted mt-4">
            Comments could not be loaded just now. Please try again later.
          </p>
        ) : null}
      </div>
      <noscript>
        <p className="text-muted mt-4">
          Turn on JavaScript to read the comments. You can still post one below.
        </p>
      </noscript>
      <CommentForm
        slug={slug}
        action={action}
        viewer={load.status === "ready" ? load.viewer : null}
      />
    </section>
  );
}
