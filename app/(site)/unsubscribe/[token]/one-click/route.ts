import { NextResponse } from "next/server";
import { unsubscribeByLink } from "@/server/reminders/unsubscribe";

// The List-Unsubscribe target (RFC 8058): a mail client POSTs "List-Unsubscribe=One-Click"
// here with no cookies, and the unsubscribe page's button posts here too. GET never
// unsubscribes (link scanners open every link in a message); it leads to the page.

type Context = { params: Promise<{ token: string }> };

const TOKEN_MAX = 512;
const noStore = { "cache-control": "no-store" };

export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const done = token.length <= TOKEN_MAX && (await unsubscribeByLink(token));
  if (!done) {
    return new NextResponse("This unsubscribe link is not valid.", {
      status: 404,
      headers: { ...noStore, "content-type": "text/plain; charset=utf-8" },
    });
  }
  // The page's own button: back to the page, which now says it is done.
  const form = await request.formData().catch(() => null);
  if (form?.get("from") === "page") {
    return toPage(token);
  }
  return new NextResponse("Unsubscribed from LBPfix reminders.", {
    status: 200,
    headers: { ...noStore, "content-type": "text/plain; charset=utf-8" },
  });
}

export async function GET(_: Request, { params }: Context) {
  const { token } = await params;
  return toPage(token.slice(0, TOKEN_MAX));
}

// A relative Location: behind a proxy or on another host name, request.url may not be the
// address the browser used, and a redirect to another origin after a form post breaks the
// page's CSP (form-action 'self').
function toPage(token: string) {
  return new NextResponse(null, {
    status: 303,
    headers: { ...noStore, location: `/unsubscribe/${encodeURIComponent(token)}` },
  });
}
