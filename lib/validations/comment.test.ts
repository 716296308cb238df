import { describe, expect, it } from "vitest";
import { CommentSchema, countLinks } from "./comment";

describe("countLinks", () => {
  it("counts URLs, bare www. addresses and Markdown links", () => {
    expect(countLinks("see https://a.example and http://b.example")).toBe(2);
    expect(countLinks("www.spam.example is great")).toBe(1);
    expect(countLinks("[click](https://x.example)")).toBe(1);
    expect(countLinks("I walk www. every day, e.g. 3 km")).toBe(0);
  });
});

describe("CommentSchema", () => {
  const valid = {
    slug: "walking",
    name: " Pat ",
    email: " pat@example.test ",
    body: "  Helpful, thanks.  ",
  };

  it("trims what people type", () => {
    expect(CommentSchema.parse(valid)).toEqual({
      slug: "walking",
      name: "Pat",
      email: "pat@example.test",
      body: "Helpful, thanks.",
    });
  });

  it("reports every problem at once", () => {
    const result = CommentSchema.safeParse({ slug: "../etc", name: "", email: "nope", body: "" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(["slug", "name", "email", "body"]);
  });
});

describe("F1: link counting and length checks stay linear on hostile text", () => {
  const timed = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };

  it("refuses 80 000 '[' in a comment's name or body in under 200 ms, with the length message only", () => {
    const flood = "[".repeat(80_000);
    for (const field of ["name", "body"] as const) {
      let result: ReturnType<typeof CommentSchema.safeParse> | undefined;
      const ms = timed(() => {
        result = CommentSchema.safeParse({
          slug: "walking",
          name: "Pat",
          email: "pat@example.test",
          body: "Thanks!",
          [field]: flood,
        });
      });
      expect(ms).toBeLessThan(200);
      expect(result?.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        [
          field,
          field === "name"
            ? "Use at most 80 characters."
            : "Keep it under 2000 characters (about 300 words).",
        ],
      ]);
    }
  });

  it("counts links in time linear in the text, whatever it is made of", () => {
    for (const unit of ["[", "[](", "[a](", "www.", "www.a", "https://"]) {
      const small = unit.repeat(Math.ceil(20_000 / unit.length));
      const large = unit.repeat(Math.ceil(200_000 / unit.length));
      timed(() => countLinks(small)); // warm the regex
      // Ten times the text costs at most about ten times the time, never a hundred.
      expect(
        timed(() => countLinks(large)),
        `unit ${unit}`,
      ).toBeLessThan(200);
    }
  });

  it("still counts a Markdown link, a bare address and a URL at most once each", () => {
    expect(countLinks("[my walk](https://a.example) and www.b.example and http://c.example")).toBe(
      3,
    );
    expect(countLinks(`[${"x".repeat(201)}](https://a.example)`)).toBe(1);
  });
});
