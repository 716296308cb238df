import { describe, expect, it } from "vitest";
import { articleLd, breadcrumbListLd } from "./structured-data";

const site = { url: "https://lbpfix.example", name: "LBPfix" };

describe("JSON-LD", () => {
  it("describes an article with absolute URLs and both dates", () => {
    const ld = articleLd(
      site,
      {
        slug: "walking",
        title: "Walking",
        description: "Walk more.",
        published: "2026-01-01",
        updated: "2026-02-01",
        tags: ["walking", "exercise"],
        hero: { src: "/images/articles/walking.svg", alt: "A walker" },
        readingMinutes: 5,
      },
      "/images/articles/walking.svg",
    );
    expect(ld).toMatchObject({
      "@type": "Article",
      headline: "Walking",
      datePublished: "2026-01-01",
      dateModified: "2026-02-01",
      image: ["https://lbpfix.example/images/articles/walking.svg"],
      mainEntityOfPage: { "@id": "https://lbpfix.example/articles/walking" },
      keywords: "walking, exercise",
    });
  });

  it("says when the article was checked and cites what it was checked against first", () => {
    const nice = { title: "NICE NG59", url: "https://www.nice.org.uk/guidance/ng59" };
    const nhs = { title: "Back pain (NHS)", url: "https://www.nhs.uk/conditions/back-pain/" };
    const ld = articleLd(
      site,
      {
        slug: "walking",
        title: "Walking",
        description: "Walk more.",
        published: "2026-01-01",
        updated: "2026-02-01",
        tags: ["walking"],
        hero: { src: "/images/articles/walking.svg", alt: "A walker" },
        readingMinutes: 5,
        lastReviewed: "2026-02-01",
        sources: [nhs, nice],
        checkedAgainst: [nice],
      },
      "/images/articles/walking.svg",
    );
    expect(ld.mainEntityOfPage).toMatchObject({
      "@type": "WebPage",
      lastReviewed: "2026-02-01",
      reviewedBy: { "@type": "Organization", name: "LBPfix" },
    });
    expect(ld.citation).toEqual([
      { "@type": "CreativeWork", name: "NICE NG59", url: nice.url },
      { "@type": "CreativeWork", name: "Back pain (NHS)", url: nhs.url },
    ]);
  });

  it("numbers breadcrumbs from 1", () => {
    const ld = breadcrumbListLd(site.url, [
      { name: "Home", href: "/" },
      { name: "Articles", href: "/articles" },
    ]);
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://lbpfix.example/" },
      {
        "@type": "ListItem",
        position: 2,
        name: "Articles",
        item: "https://lbpfix.example/articles",
      },
    ]);
  });
});
