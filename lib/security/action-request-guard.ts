// Client errors on server-action requests answered as client errors (security review F14).
// Next's action handler refuses a cross-site action, a body over its 1 MB limit and a body cut
// short, but it throws while doing so and the client gets a 500, which reads as a fault of ours
// in logs and alerts. The proxy runs this first, so those requests get their 4xx (403, 413, 400)
// and never reach the handler. The handler's own checks stay: this is the polite answer, not
// the only guard.

/** Next's default `serverActions.bodySizeLimit` (next.config.mjs does not change it). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Marks a request as a server-action call; Next routes on it. */
export const ACTION_HEADER = "next-action";

export type GuardRefusal = { status: 400 | 403 | 413; reason: string };

/** The host Next compares the Origin with: the first `x-forwarded-host`, else `host`. */
function serverHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/** The Origin's host as Next reads it ("null" stays "null"); undefined when there is no Origin. */
function originHost(origin: string | null): string | null | undefined {
  if (origin === null) return undefined;
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null; // unreadable: Next's `new URL` would throw, so it can only be refused
  }
}

/**
 * Same rule as Next's: with an Origin, its host must be the server's host. Without one the call
 * is let through, as Next does: browsers always send Origin on a POST, and a script without a
 * browser has no member's cookie to ride on (decision record 0004).
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = originHost(headers.get("origin"));
  if (origin === undefined) return false;
  return origin === null || origin !== serverHost(headers);
}

function boundaryOf(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * A multipart body that a parser can finish: it opens with the boundary and closes with the
 * closing boundary. Only the two ends are read, so a megabyte costs what a byte does. A body
 * cut short ("Unexpected end of form" in Next's parser) fails here.
 */
export function isCompleteMultipart(body: Uint8Array, contentType: string): boolean {
  const boundary = boundaryOf(contentType);
  if (!boundary) return false;
  const decoder = new TextDecoder();
  const opening = `--${boundary}`;
  const closing = `--${boundary}--`;
  const head = decoder.decode(body.subarray(0, opening.length + 2));
  const tail = decoder.decode(body.subarray(Math.max(0, body.length - closing.length - 4)));
  return head.startsWith(opening) && tail.replace(/[\r\n]+$/, "").endsWith(closing);
}

/** The refusal for a server-action request, or null when the action handler may have it. */
export async function refuseActionRequest(request: Request): Promise<GuardRefusal | null> {
  if (request.method !== "POST" || !request.headers.has(ACTION_HEADER)) return null;
  if (isForeignOrigin(request.headers))
    return { status: 403, reason: "Cross-site action refused." };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT) return { status: 413, reason: "The form is too large." };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) return null;
  // Read from a copy: the action handler still gets the body. A body without a length
  // (chunked) is measured here instead.
  const body = new Uint8Array(await request.clone().arrayBuffer());
  if (body.length > ACTION_BODY_LIMIT) return { status: 413, reason: "The form is too large." };
  if (!isCompleteMultipart(body, contentType))
    return { status: 400, reason: "The form could not be read." };
  return null;
}
