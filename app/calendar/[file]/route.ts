import { NextResponse } from "next/server";
import { getPlanByCalendarToken } from "@/db/queries/reminders";
import { hashToken } from "@/lib/auth/tokens";
import { calendarFeed } from "@/lib/reminders/calendar-feed";
import { localMoment } from "@/lib/reminders/local-time";
import { siteLink } from "@/server/email/messages";

// The private calendar feed: /calendar/<token>.ics, opened by calendar apps with no session.
// The token is 256 random bits and only its hash is stored; making a new link replaces the
// hash, so the old URL stops working at once. Unknown tokens get the same 404 as malformed ones.

const FEED_NAME = /^([A-Za-z0-9_-]{20,100})\.ics$/;

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = file.length <= 120 ? FEED_NAME.exec(file) : null;
  const plan = match?.[1] ? await getPlanByCalendarToken({ tokenHash: hashToken(match[1]) }) : null;
  if (!plan) {
    return new NextResponse("Calendar not found.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const today = localMoment(new Date(), plan.timeZone).date;
  return new NextResponse(calendarFeed(plan, today, siteLink("/program/session")), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'attachment; filename="lbpfix-sessions.ics"',
      // Private: no shared cache may keep one member's feed.
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
