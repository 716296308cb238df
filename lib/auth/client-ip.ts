// The client's address for rate limits. Next sets X-Forwarded-For to the
// socket address when no proxy did; behind our nginx the right-most entry is
// the address nginx saw. Entries further left are whatever the client sent,
// so they are never trusted.
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
