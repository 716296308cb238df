import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { getSiteCounts } from "@/db/queries/admin";
import {
  createComment,
  getApprovedComments,
  getPendingComments,
  moderateComment,
} from "@/db/queries/comments";
import { comments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { createEverythingFor, createUser } from "./factories";
import { session } from "./support/session";

// The comment action runs without a request: the test chooses the client
// address (headers) and who is signed in.
const request = vi.hoisted(() => ({ ip: "203.0.113.1" }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": request.ip })),
}));
vi.mock("@/server/auth/current-user", () => import("./support/session"));

const { postCommentAction } = await import("@/actions/comments");

const SLUG = "walking-for-lower-back-pain";
let ipCounter = 0;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries({
    slug: SLUG,
    name: "Pat",
    email: "pat@example.test",
    body: "Walking helped.",
    ...fields,
  })) {
    data.append(k, v);
  }
  return data;
}

async function rowsWithBody(body: string) {
  const db = await getDb();
  return db.select().from(comments).where(eq(comments.body, body));
}

beforeEach(() => {
  ipCounter += 1;
  request.ip = `203.0.113.${ipCounter}`;
  session.user = null;
});

describe("comment queries", () => {
  it("keeps new comments pending until approved, then lists them oldest first without emails", async () => {
    const a = await createComment({
      articleSlug: "order-test",
      userId: null,
      name: "A",
      email: "a@example.test",
      body: "first",
      ipHash: null,
    });
    const b = await createComment({
      articleSlug: "order-test",
      userId: null,
      name: "B",
      email: "b@example.test",
      body: "second",
      ipHash: null,
    });
    expect(await getApprovedComments({ articleSlug: "order-test" })).toEqual([]);

    expect(await moderateComment({ id: b.id, decision: "approved" })).toEqual({
      articleSlug: "order-test",
    });
    expect(await moderateComment({ id: a.id, decision: "approved" })).toEqual({
      articleSlug: "order-test",
    });
    const approved = await getApprovedComments({ articleSlug: "order-test" });
    expect(approved.map((c) => c.body)).toEqual(["first", "second"]);
    expect(Object.keys(approved[0] ?? {}).sort()).toEqual(["body", "createdAt", "id", "name"]);
  });

  it("moderates only pending comments, so a second decision changes nothing", async () => {
    const c = await createComment({
      articleSlug: "twice",
      userId: null,
      name: "C",
      email: "c@example.test",
      body: "spammy",
      ipHash: null,
    });
    expect(await moderateComment({ id: c.id, decision: "spam" })).not.toBeNull();
    expect(await moderateComment({ id: c.id, decision: "approved" })).toBeNull();
    expect(await getApprovedComments({ articleSlug: "twice" })).toEqual([]);
  });

  it("gives moderators the pending queue, oldest first, with the email", async () => {
    const c = await createComment({
      articleSlug: "queue",
      userId: null,
      name: "Q",
      email: "q@example.test",
      body: "queued",
      ipHash: null,
    });
    const queue = await getPendingComments();
    const mine = queue.find((p) => p.id === c.id);
    expect(mine).toMatchObject({ articleSlug: "queue", email: "q@example.test", body: "queued" });
    const times = queue.map((p) => p.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it("counts members, quizzes, journal entries and pending comments", async () => {
    const before = await getSiteCounts();
    const user = await createUser();
    await createEverythingFor(user.id);
    await createUser({ role: "admin" });
    const after = await getSiteCounts();
    expect(after.members - before.members).toBe(1);
    expect(after.quizzes - before.quizzes).toBe(1);
    expect(after.journalEntries - before.journalEntries).toBe(1);
    expect(after.pendingComments - before.pendingComments).toBe(1);
  });
});

describe("postCommentAction", () => {
  it("stores a guest's comment as pending, with a hashed address, never the address itself", async () => {
    const state = await postCommentAction(idleState, form({ body: "A guest comment." }));
    expect(state).toMatchObject({ status: "success" });
    const [row] = await rowsWithBody("A guest comment.");
    expect(row).toMatchObject({
      status: "pending",
      userId: null,
      name: "Pat",
      email: "pat@example.test",
      articleSlug: SLUG,
    });
    expect(row?.ipHash).toMatch(/^[\w-]{43}$/);
    expect(row?.ipHash).not.toContain(request.ip);
  });

  it("links a signed-in member's comment to their account", async () => {
    const user = await createUser({ name: "Mo" });
    session.user = { id: user.id, name: "Mo", email: user.email, role: "member" };
    await postCommentAction(
      idleState,
      form({ name: "Mo", email: user.email, body: "From a member." }),
    );
    const [row] = await rowsWithBody("From a member.");
    expect(row?.userId).toBe(user.id);
  });

  it("silently drops a comment whose honeypot is filled", async () => {
    const state = await postCommentAction(
      idleState,
      form({ body: "Buy now.", website: "https://spam.example" }),
    );
    expect(state.status).toBe("success");
    expect(await rowsWithBody("Buy now.")).toEqual([]);
  });

  it("returns every field error and keeps what was typed", async () => {
    const state = await postCommentAction(
      idleState,
      form({
        name: "https://spam.example",
        email: "not-an-email",
        body: "a https://1.example https://2.example www.three.example",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      name: ["A name cannot contain a link."],
      email: ["Enter an email address like name@example.com."],
      body: ["Include at most 2 links."],
    });
    expect(state.values?.body).toContain("www.three.example");
  });

  it("refuses comments over the length limit and on unknown articles", async () => {
    expect(
      (await postCommentAction(idleState, form({ body: "x".repeat(2001) }))).fieldErrors?.body?.[0],
    ).toMatch(/under 2000/);
    expect(
      await postCommentAction(idleState, form({ slug: "no-such-article", body: "Hello there" })),
    ).toMatchObject({
      status: "error",
      message: "This article no longer exists.",
    });
  });

  it("allows five comments per address in ten minutes, then asks to wait", async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await postCommentAction(idleState, form({ body: `burst ${i}` }))).status).toBe(
        "success",
      );
    }
    const sixth = await postCommentAction(idleState, form({ body: "burst 6" }));
    expect(sixth).toMatchObject({ status: "error" });
    expect(sixth.message).toMatch(/try again in (10|9) minutes/);
    expect(await rowsWithBody("burst 6")).toEqual([]);
    // Another address is unaffected.
    request.ip = "198.51.100.77";
    expect((await postCommentAction(idleState, form({ body: "other address" }))).status).toBe(
      "success",
    );
  });
});
