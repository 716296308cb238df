/** What GET /articles/[slug]/comments returns. */
export type CommentsPayload = {
  /** `createdAtLabel` is formatted on the server, so the browser never builds an
   *  Intl.DateTimeFormat while the page starts (loading its locale data was a
   *  ~25 ms task on this VM, 100 ms under Lighthouse's 4× CPU model). */
  comments: { id: string; name: string; body: string; createdAt: string; createdAtLabel: string }[];
  viewer: { name: string; email: string } | null;
};

export function isCommentsPayload(value: unknown): value is CommentsPayload {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<CommentsPayload>;
  return Array.isArray(v.comments) && (v.viewer === null || typeof v.viewer === "object");
}
