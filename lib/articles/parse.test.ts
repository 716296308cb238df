import { describe, expect, it } from "vitest";
import { parseArticle, parseLegalPage } from "./parse";

const valid = `---
title: "Walking for lower back pain"
description: "Why walking is usually well tolerated with back pain, how to start with short walks and how to build up over the weeks."
published: "2026-06-08"
updated: "2026-06-10"
tags: ["walking", "exercise"]
hero:
  src: "/images/articles/walking.svg"
  alt: "A figure walking along a path"
sources:
  - title: "Back pain (NHS)"
    url: "https://www.nhs.uk/conditions/back-pain/"
  - title: "Low back pain and sciatica in over 16s (NICE NG59)"
    url: "https://www.nice.org.uk/guidance/ng59"
checkedAgainst:
  - title: "Low back pain and sciatica in over 16s (NICE NG59)"
    url: "https://www.nice.org.uk/guidance/ng59"
lastReviewed: "2026-06-10"
---

## Why walk

Walking is **gentle** and [free](https://example.org/a_(b)).
`;

const withFrontmatter = (fm: string) => valid.replace(/^---[\s\S]*?---/, `---\n${fm}\n---`);

describe("parseArticle", () => {
  it("reads the frontmatter, keeps body line numbers and computes reading time", () => {
    const article = parseArticle("content/articles/walking.mdx", "walking", valid);
    expect(article.title).toBe("Walking for lower back pain");
    expect(article.tags).toEqual(["walking", "exercise"]);
    const line = valid.split("\n").indexOf("## Why walk");
    expect(article.body.split("\n")[line]).toBe("## Why walk");
    expect(article.text).toBe("Why walk Walking is gentle and free.");
    expect(article.wordCount).toBe(7);
    expect(article.readingMinutes).toBe(1);
  });

  it("names the file and every invalid field", () => {
    const broken = withFrontmatter(
      `title: "Short"\ndescription: "too short"\npublished: "2026-13-01"\nupdated: "2026-01-01"\ntags: ["Not Kebab"]\nhero:\n  src: "/elsewhere/x.svg"\n  alt: ""\nsources: []\ncheckedAgainst: []\nlastReviewed: "last week"`,
    );
    let message = "";
    try {
      parseArticle("content/articles/broken.mdx", "broken", broken);
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    expect(message).toContain("Cannot publish content/articles/broken.mdx");
    for (const field of [
      "title",
      "description",
      "published",
      "tags.0",
      "hero.src",
      "hero.alt",
      "sources",
      "checkedAgainst",
      "lastReviewed",
    ]) {
      expect(message).toContain(`  - ${field}:`);
    }
  });

  it("requires saying what the article was checked against, and when", () => {
    const withoutCheck = valid.replace(/checkedAgainst:[\s\S]*?(?=---)/, "");
    let message = "";
    try {
      parseArticle("a.mdx", "a", withoutCheck);
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    expect(message).toContain("  - checkedAgainst:");
    expect(message).toContain("  - lastReviewed:");
  });

  it("rejects a single source", () => {
    const oneSource = valid.replace(
      /  - title: "Back pain \(NHS\)"\n    url: "https:\/\/www.nhs.uk\/conditions\/back-pain\/"\n/,
      "",
    );
    expect(() => parseArticle("a.mdx", "a", oneSource)).toThrow(
      /sources: list at least two sources/,
    );
  });

  it("rejects a checkedAgainst entry that is not among the sources readers see", () => {
    const source = valid.replace(
      'checkedAgainst:\n  - title: "Low back pain and sciatica in over 16s (NICE NG59)"\n    url: "https://www.nice.org.uk/guidance/ng59"',
      'checkedAgainst:\n  - title: "Some other paper"\n    url: "https://example.org/paper"',
    );
    expect(() => parseArticle("a.mdx", "a", source)).toThrow(
      /checkedAgainst: every checkedAgainst entry must also be listed in sources/,
    );
  });

  it("rejects an updated date before the published date", () => {
    const source = valid.replace('updated: "2026-06-10"', 'updated: "2026-06-01"');
    expect(() => parseArticle("a.mdx", "a", source)).toThrow(
      /updated: updated must not be before published/,
    );
  });

  it("reports a malformed date once, without also comparing it", () => {
    const source = valid.replace('updated: "2026-06-10"', 'updated: "2026-02-30"');
    expect(() => parseArticle("a.mdx", "a", source)).toThrow(
      /^Cannot publish a.mdx:\n  - updated: must be a date written YYYY-MM-DD$/,
    );
  });

  it("rejects unknown frontmatter keys, so typos do not pass silently", () => {
    const source = valid.replace("published:", 'publised: "2026-06-08"\npublished:');
    expect(() => parseArticle("a.mdx", "a", source)).toThrow(/publised/);
  });

  it("rejects a file without frontmatter, invalid YAML or a non-kebab file name", () => {
    expect(() => parseArticle("a.mdx", "a", "## Just a body")).toThrow(
      /must start with a --- fenced YAML/,
    );
    expect(() => parseArticle("a.mdx", "a", "---\ntitle: [unclosed\n---\nbody")).toThrow(
      /not valid YAML/,
    );
    expect(() => parseArticle("A B.mdx", "A B", valid)).toThrow(/kebab-case/);
    expect(() => parseArticle("search.mdx", "search", valid)).toThrow(/reserved route name/);
  });

  it("reads legal pages", () => {
    const page = parseLegalPage(
      "content/legal/terms.mdx",
      "terms",
      `---\ntitle: "Terms of use"\ndescription: "The plain-language terms for using LBPfix, what we promise and what we ask of you."\nupdated: "2026-11-20"\n---\n\nBody`,
    );
    expect(page).toMatchObject({ slug: "terms", title: "Terms of use", updated: "2026-11-20" });
  });
});
