import { describe, expect, it } from "vitest";
import { brokenArticleLinks } from "./links";

describe("brokenArticleLinks", () => {
  it("reports links to articles that do not exist", () => {
    const articles = [
      {
        slug: "a",
        file: "a.mdx",
        body: "[ok](/articles/b) [anchor](/articles/b#x) [bad](/articles/missing) [quiz](/quiz)",
      },
      { slug: "b", file: "b.mdx", body: "" },
    ];
    expect(brokenArticleLinks(articles)).toEqual([
      "a.mdx: links to /articles/missing, which does not exist",
    ]);
  });

  it("does not blame links to an article that exists but failed validation", () => {
    const articles = [{ slug: "a", file: "a.mdx", body: "[b](/articles/b)" }];
    expect(brokenArticleLinks(articles, ["a", "b"])).toEqual([]);
  });
});
