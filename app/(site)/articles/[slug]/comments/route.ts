import { getApprovedComments } from "@/db/queries/comments";
import { formatDate } from "@/lib/articles/dates";
import { getArticle } from "@/server/content/load";
import { getCurrentUser } from "@/server/auth/current-user";
import type { CommentsPayload } from "@/components/comments/types";

// The dynamic half of a static article page: approved comments, and who is
// signed in so the form can fill in their name and email. Only the viewer's
// own email is ever returned, and only to them.

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!getArticle(slug)) return Response.json({ error: "Not found" }, { status: 404 });
  const [comments, user] = await Promise.all([
    getApprovedComments({ articleSlug: slug }),
    getCurrentUser(),
  ]);
  const payload: CommentsPayload = {
    comments: comments.map((c) => ({
      id: c.id,
      name: c.name,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      createdAtLabel: formatDate(c.createdAt),
    })),
    viewer: user ? { name: user.name ?? "", email: user.email } : null,
  };
  return Response.json(payload, { headers: { "Cache-Control": "private, no-store" } });
}
