import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { comments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { getArticleSummaries } from "@/server/content/load";
import { createUser } from "./factories";
import {
  extraFields,
  field,
  formOf,
  HUGE,
  hostileText,
  isExplainedError,
  nulText,
  outcomeOf,
  RUNS,
  snapshot,
  toFormData,
  type HostileFields,
} from "./support/hostile-arbitraries";
import { session } from "./support/session";

// Article comments (the public form's action and the JSON route the article
// page reads) and the admin moderation action under hostile input.

type Viewer = { id: string; name: string; email: string; role: "member" | "admin" };
vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("next/headers", async () => {
  const { randomIp } = await import("./support/hostile-arbitraries");
  return { headers: () => Promise.resolve(new Headers({ "x-forwarded-for": randomIp() })) };
});
vi.mock("next/navigation", () => import("./support/next-navigation"));

const { postCommentAction } = await import("@/actions/comments");
const { GET: getComments } = await import("@/app/(site)/articles/[slug]/comments/route");
const { moderateCommentAction } = await import("@/actions/admin");

const slugs = getArticleSummaries().map((a) => a.slug);

async function allComments() {
  const db = await getDb();
  return db.select().from(comments).orderBy(comments.createdAt, comments.id);
}

let member: Viewer;
let admin: Viewer;
let pendingIds: string[] = [];

beforeAll(async () => {
  const m = await createUser({ name: "Commenting Member" });
  member = { id: m.id, name: "Commenting Member", email: m.email, role: "member" };
  const a = await createUser({ name: "Admin", role: "admin" });
  admin = { id: a.id, name: "Admin", email: a.email, role: "admin" };
  const db = await getDb();
  const rows = await db
    .insert(comments)
    .values([
      {
        articleSlug: slugs[0]!,
        name: "Approved",
        email: "approved-secret@example.test",
        body: "Seen by all",
        status: "approved" as const,
        ipHash: "iphash-secret",
      },
      {
        articleSlug: slugs[0]!,
        name: "Waiting",
        email: "pending-secret@example.test",
        body: "Not yet",
        status: "pending" as const,
      },
      {
        articleSlug: slugs[0]!,
        name: "Spam",
        email: "spam-secret@example.test",
        body: "Buy now",
        status: "spam" as const,
      },
    ])
    .returning({ id: comments.id, status: comments.status });
  pendingIds = rows.filter((r) => r.status === "pending").map((r) => r.id);
});

const commentValues = {
  slug: () =>
    fc.oneof(
      hostileText,
      fc.constantFrom(...slugs),
      fc.constantFrom("../../etc/passwd", "UPPER-CASE", "a".repeat(101)),
    ),
  name: () => fc.oneof(hostileText, fc.constant("A reader")),
  email: () => fc.oneof(hostileText, fc.emailAddress()),
  body: () =>
    fc.oneof(
      hostileText,
      fc.constant("This helped my back, thank you."),
      fc.constant("see https://a.example https://b.example https://c.example"),
    ),
  website: () => fc.oneof(fc.constant(""), hostileText),
  status: () => fc.constantFrom("approved", "spam"),
  userId: () => fc.constant(randomUUID()),
} satisfies Record<string, () => fc.Arbitrary<string>>;

/** One to three of the form's fields replaced, removed or repeated. */
const commentFields = () =>
  fc
    .array(
      fc
        .constantFrom(...(Object.keys(commentValues) as (keyof typeof commentValues)[]))
        .chain((key) => field(commentValues[key]()).map((values) => [key, values] as const)),
      { minLength: 1, maxLength: 3 },
    )
    .map((pairs): HostileFields => Object.fromEntries(pairs));

describe("postCommentAction with hostile input", () => {
  it("answers with a state; a refused comment stores nothing; a stored one is pending and belongs to whoever is signed in", async () => {
    const base = {
      slug: [slugs[0]!],
      name: ["A reader"],
      email: ["reader@example.test"],
      body: ["Helpful, thanks."],
    };
    const seen = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        commentFields(),
        extraFields,
        fc.boolean(),
        async (fields, extra, signedIn) => {
          session.user = signedIn ? member : null;
          const before = await allComments();
          const outcome = await outcomeOf(() =>
            postCommentAction(idleState, toFormData(base, fields, extra)),
          );
          const after = await allComments();
          expect(outcome.kind).toBe("state");
          if (outcome.kind !== "state") return;
          seen[after.length > before.length ? "stored" : "refused"] += 1;
          if (outcome.status === "error") {
            expect(isExplainedError(outcome)).toBe(true);
            expect(snapshot(after)).toBe(snapshot(before));
          } else {
            expect(outcome.status).toBe("success");
            expect(after.length - before.length).toBeLessThanOrEqual(1);
            const added = after.filter((c) => !before.some((b) => b.id === c.id));
            for (const c of added) {
              expect(c).toMatchObject({ status: "pending", userId: signedIn ? member.id : null });
              expect(slugs).toContain(c.articleSlug);
              expect(c.body.length).toBeLessThanOrEqual(2000);
            }
            // Earlier comments are never changed by posting.
            expect(snapshot(after.filter((c) => before.some((b) => b.id === c.id)))).toBe(
              snapshot(before),
            );
          }
        },
      ),
      RUNS,
    );
    expect(seen.stored).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("a 100 kB comment is a field error", async () => {
    session.user = null;
    const before = snapshot(await allComments());
    const state = await postCommentAction(
      idleState,
      formOf({
        slug: slugs[0]!,
        name: "Long",
        email: "long@example.test",
        body: "💥".repeat(HUGE / 2),
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.body?.length).toBeGreaterThan(0);
    expect(snapshot(await allComments())).toBe(before);
  });

  it("a NUL in a comment's name or body is a field error, not a 500", async () => {
    session.user = null;
    await fc.assert(
      fc.asyncProperty(
        nulText.filter((s) => s.trim().length > 2),
        fc.constantFrom("name", "body"),
        async (text, key) => {
          const before = snapshot(await allComments());
          const fields = {
            slug: slugs[0]!,
            name: "Reader",
            email: "reader@example.test",
            body: "Thanks for this.",
            [key]: text,
          };
          const outcome = await outcomeOf(() => postCommentAction(idleState, formOf(fields)));
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(snapshot(await allComments())).toBe(before);
        },
      ),
      { numRuns: 5, endOnFailure: true },
    );
  });
});

describe("GET /articles/[slug]/comments with hostile slugs", () => {
  it("answers 404 or the approved comments, never an email or IP hash but the viewer's own", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, fc.constantFrom(...slugs)),
        fc.boolean(),
        async (slug, signedIn) => {
          session.user = signedIn ? member : null;
          const response = await getComments(new Request("http://localhost/articles/x/comments"), {
            params: Promise.resolve({ slug }),
          });
          expect([200, 404]).toContain(response.status);
          const text = await response.text();
          expect(() => JSON.parse(text) as unknown).not.toThrow();
          expect(text).not.toMatch(/secret|iphash/i);
          if (response.status === 200) {
            expect(response.headers.get("cache-control")).toContain("no-store");
            const payload = JSON.parse(text) as {
              comments: { name: string }[];
              viewer: { email: string } | null;
            };
            expect(payload.comments.every((c) => c.name === "Approved")).toBe(true);
            expect(payload.viewer?.email ?? null).toBe(signedIn ? member.email : null);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("moderateCommentAction with hostile input", () => {
  const moderation = () =>
    fc.record(
      {
        id: field(fc.oneof(hostileText, fc.constantFrom(...pendingIds), fc.constant(randomUUID()))),
        decision: field(
          fc.oneof(
            hostileText,
            fc.constantFrom("approved", "rejected", "spam", "pending", "APPROVED"),
          ),
        ),
      },
      { requiredKeys: [] },
    );

  it("a member (or guest) changes nothing: not found, or sent to sign in", async () => {
    await fc.assert(
      fc.asyncProperty(moderation(), fc.boolean(), async (fields, asMember) => {
        session.user = asMember ? member : null;
        const before = snapshot(await allComments());
        const outcome = await outcomeOf(() => moderateCommentAction(undefined, toFormData(fields)));
        expect(outcome.kind).toBe(asMember ? "not-found" : "redirect");
        expect(snapshot(await allComments())).toBe(before);
      }),
      { numRuns: 20 },
    );
  });

  it("an admin's hostile form lands back on /admin with a result; only a pending comment can change", async () => {
    session.user = admin;
    await fc.assert(
      fc.asyncProperty(moderation(), async (fields) => {
        const before = await allComments();
        const outcome = await outcomeOf(() => moderateCommentAction(undefined, toFormData(fields)));
        expect(outcome.kind).toBe("redirect");
        if (outcome.kind === "redirect")
          expect(outcome.url).toMatch(
            /^\/admin\?moderated=(invalid|stale|approved|rejected|spam)$/,
          );
        const after = await allComments();
        const changed = after.filter(
          (c) => snapshot(c) !== snapshot(before.find((b) => b.id === c.id)),
        );
        expect(changed.length).toBeLessThanOrEqual(1);
        for (const c of changed) {
          expect(before.find((b) => b.id === c.id)?.status).toBe("pending");
          expect(["approved", "rejected", "spam"]).toContain(c.status);
        }
      }),
      RUNS,
    );
  });
});
