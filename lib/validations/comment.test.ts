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
