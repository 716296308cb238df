import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { exerciseSessions, journalEntries, programEnrollments } from "@/db/schema";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { createUser } from "./factories";
import { hostileText, RUNS } from "./support/hostile-arbitraries";
import { session } from "./support/session";

// Route handlers that read a session or a query: the account exports (JSON
// and CSV), health, the session-ended hop, the feed, sitemap and robots.
// None may answer 500 to anything a client sends, and the exports carry the
// signed-in member's data only, defused for spreadsheets.

type Viewer = { id: string; name: string; email: string; role: "member" | "admin" };
vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("@/auth", () => ({
  auth: () => Promise.resolve(null),
  signIn: () => Promise.resolve(undefined),
  // Auth.js answers the sign-out with a redirect response; the route returns it.
  signOut: ({ redirectTo }: { redirectTo: string }) =>
    Promise.resolve(new Response(null, { status: 303, headers: { Location: redirectTo } })),
  handlers: {},
}));

const exportJson = await import("@/app/(member)/account/export/route");
const exportCsv = await import("@/app/(member)/account/export/journal.csv/route");
const exportSessionsCsv = await import("@/app/(member)/account/export/sessions.csv/route");
const health = await import("@/app/api/health/route");
const sessionEnded = await import("@/app/api/auth/session-ended/route");
const feed = await import("@/app/feed.xml/route");
const { default: sitemap } = await import("@/app/sitemap");
const { default: robots } = await import("@/app/robots");

const today = isoDateOf(new Date());
// Within the columns' limits: these rows go straight into the table, past the form's validation.
const wellFormed = hostileText.filter((s) => s.isWellFormed() && s.length <= 500);
const THEIRS = "other-members-private-note";
let me: Viewer;

/** RFC 4180, enough for the export: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  const them = await createUser();
  const m = await createUser({ name: "Exporting Member" });
  me = { id: m.id, name: "Exporting Member", email: m.email, role: "member" };
  const db = await getDb();
  await db
    .insert(journalEntries)
    .values({ userId: them.id, entryDate: today, pain: 1, worstPain: 2, notes: THEIRS });
  for (const [userId, notes] of [
    [them.id, THEIRS],
    [me.id, "=SUM(A1) felt fine"],
  ] as const) {
    const [plan] = await db
      .insert(programEnrollments)
      .values({ userId, planType: "flexion", phaseStartedOn: today })
      .returning({ id: programEnrollments.id });
    await db.insert(exerciseSessions).values({
      userId,
      enrollmentId: plan!.id,
      performedOn: today,
      phase: 1,
      exerciseIds: ["cat-camel"],
      effort: 3,
      painBefore: 4,
      painAfter: 3,
      notes,
      ratings: { "cat-camel": "too-easy" },
    });
  }
});

describe("account exports", () => {
  it("a guest gets 401, never data", async () => {
    session.user = null;
    for (const route of [exportJson, exportCsv, exportSessionsCsv]) {
      const response = await route.GET();
      expect(response.status).toBe(401);
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
  });

  it("the session log comes as CSV with the ratings, mine only, defused", async () => {
    session.user = me;
    const response = await exportSessionsCsv.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/lbpfix-sessions-[\d-]+\.csv/);
    const body = await response.text();
    expect(body).not.toContain(THEIRS);
    const [header, line, ...rest] = parseCsv(body);
    expect(rest).toEqual([]);
    expect(header).toContain("ratings");
    expect(line?.[header!.indexOf("ratings")]).toBe("Cat–camel: too easy");
    expect(line?.[header!.indexOf("notes")]).toBe("'=SUM(A1) felt fine");
  });

  it("whatever a member typed comes back intact in JSON, defused in CSV, and never another member's data", async () => {
    session.user = me;
    const db = await getDb();
    const formulaStart = /^[=+\-@\t\r]/;
    await fc.assert(
      fc.asyncProperty(
        // Well-formed text only: what arrives over HTTP is decoded UTF-8, which has no lone surrogates.
        fc.array(fc.tuple(wellFormed, wellFormed, wellFormed), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(
          '=HYPERLINK("https://evil.example")',
          "+1+1",
          "-2+3",
          "@SUM(A1)",
          "=cmd|' /C calc'!A0",
          '"quoted",comma\r\nnew line',
        ),
        async (texts, formula) => {
          await db.delete(journalEntries).where(eq(journalEntries.userId, me.id));
          const rows = texts.map(([notes, food, activity], i) => ({
            userId: me.id,
            entryDate: addDays(today, -i),
            pain: 3,
            worstPain: 4,
            notes: i === 0 ? formula : notes,
            food,
            activities: activity.trim()
              ? [{ name: activity.slice(0, 60), response: "same" as const }]
              : [],
          }));
          await db.insert(journalEntries).values(rows);

          const json = await exportJson.GET();
          expect(json.status).toBe(200);
          const text = await json.text();
          expect(text).not.toContain(THEIRS);
          const data = JSON.parse(text) as unknown;
          const notes = JSON.stringify(data);
          // PGlite decodes each text field with a BOM-stripping TextDecoder, so a leading U+FEFF
          // does not survive the round trip there; everything else must.
          for (const r of rows)
            expect(notes).toContain(JSON.stringify(r.notes.replace(/^\uFEFF/, "")).slice(1, -1));

          const csv = await exportCsv.GET();
          expect(csv.status).toBe(200);
          expect(csv.headers.get("content-type")).toContain("text/csv");
          const body = await csv.text();
          expect(body).not.toContain(THEIRS);
          const parsed = parseCsv(body);
          expect(parsed).toHaveLength(rows.length + 1);
          for (const line of parsed.slice(1)) {
            expect(line).toHaveLength(parsed[0]!.length);
            for (const cell of line.slice(8)) expect(formulaStart.test(cell)).toBe(false);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("public routes", () => {
  it("health answers 200 ok with no-store", async () => {
    const response = await health.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("session-ended sends any `next` back to a path on this site", async () => {
    const { NextRequest } = await import("next/server");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileText,
          fc.constantFrom(
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/%5Cevil.example",
            "/journal",
          ),
        ),
        fc.boolean(),
        async (next, signedIn) => {
          session.user = signedIn ? me : null;
          const url = new URL("http://localhost:3000/api/auth/session-ended");
          url.searchParams.set("next", next.toWellFormed());
          const request = new NextRequest(url);
          const response = await sessionEnded.GET(request);
          expect([302, 303, 307]).toContain(response.status);
          const location = new URL(response.headers.get("location") ?? "", url);
          expect(location.origin).toBe(request.nextUrl.origin);
        },
      ),
      RUNS,
    );
  });

  it("feed, sitemap and robots list public pages only", async () => {
    const xml = await feed.GET().text();
    expect(xml).toMatch(/^<\?xml/);
    const urls = sitemap().map((entry) => new URL(entry.url).pathname);
    for (const path of urls)
      expect(path).not.toMatch(/^\/(dashboard|program|journal|assessments|account|admin|api)/);
    // robots.txt does not name private pages (that would only advertise them); crawlers have no
    // session and are sent to the noindex sign-in page. It still keeps them out of the API.
    const rules = robots().rules;
    const listed = (Array.isArray(rules) ? rules : [rules]).flatMap((r) =>
      [r.disallow ?? [], r.allow ?? []].flat(),
    );
    expect(listed).toContain("/api/");
    for (const path of listed)
      expect(path).not.toMatch(/^\/(dashboard|program|journal|assessments|account|admin)/);
  });
});
