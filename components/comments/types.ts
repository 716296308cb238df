/** What GET /articles/[slug]/comments returns. */
export type CommentsPayload = {
  comments: { id: string; name: string; body: string; createdAt: string }[];
  viewer: { name: string; email: string } | null;
};

export function isCommentsPayload(value: unknown): value is CommentsPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<CommentsPayload>;
  return Array.isArray(v.comments) && (v.viewer === null || typeof v.viewer === "object");
}
