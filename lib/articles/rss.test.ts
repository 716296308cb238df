import { describe, expect, it } from "vitest";
import { rssFeed } from "./rss";

const article = {
  slug: "a-b",
  title: "Pain & <gain>",
  description: 'Why "rest" isn\'t best',
  published: "2026-06-08",
  updated: "2026-06-09",
  tags: ["walking"],
  hero: { src: "/images/articles/a.svg", alt: "alt text here" },
  readingMinutes: 3,
};

describe("rssFeed", () => {
  const xml = rssFeed(
    { title: "LBPfix", description: "Back pain help", url: "https://lbpfix.example" },
    [article],
  );

  it("escapes text and uses absolute links", () => {
    expect(xml).toContain("<title>Pain &amp; &lt;gain&gt;</title>");
    expect(xml).toContain("<description>Why &quot;rest&quot; isn&apos;t best</description>");
    expect(xml).toContain("<link>https://lbpfix.example/articles/a-b</link>");
    expect(xml).toContain(
      '<atom:link href="https://lbpfix.example/feed.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it("dates items in RFC 822", () => {
    expect(xml).toContain("<pubDate>Mon, 08 Jun 2026 00:00:00 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Tue, 09 Jun 2026 00:00:00 GMT</lastBuildDate>");
  });
});
