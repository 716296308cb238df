// The public reading experience: the article list with search and tag filter
// (without JavaScript), an article page's contents, disclaimer, sources and
// structured data, the legal pages, and the discovery files.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_SIZE } from "../lib/articles/paginate";
import { expectNoAxeViolations } from "./support/axe";

const slugs = fs
  .readdirSync(path.resolve("content/articles"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""));

const ARTICLE = "/articles/why-rest-can-make-back-pain-worse";

const listedTitles = (page: Page) =>
  page.getByRole("list", { name: "Articles" }).getByRole("heading").allTextContents();

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search finds the matching articles and keeps the query in the URL", async ({ page }) => {
    await page.goto("/articles");
    // The first page of the list: every article once there are more than a page of them.
    expect(await listedTitles(page)).toHaveLength(Math.min(slugs.length, PAGE_SIZE));
    await page.getByLabel("Search articles").fill("paddling");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/articles\?q=paddling$/);
    await expect(page.getByRole("status")).toHaveText("1 article matching “paddling”");
    expect(await listedTitles(page)).toEqual([
      "Active recovery: how to move on tired or sore days",
    ]);
    await expect(page.getByLabel("Search articles")).toHaveValue("paddling");
  });

  test("a search with no match says so and offers the full list", async ({ page }) => {
    await page.goto("/articles?q=zebra-crossing");
    await expect(page.getByText("Nothing matched.")).toBeVisible();
    await page.getByRole("link", { name: "see all articles" }).click();
    await expect(page).toHaveURL(/\/articles$/);
  });

  test("the tag filter shows only articles with that tag, and combines with search", async ({
    page,
  }) => {
    await page.goto("/articles");
    await page
      .getByRole("navigation", { name: "Filter by tag" })
      .getByRole("link", { name: /^Desk work/ })
      .click();
    await expect(page).toHaveURL(/\/articles\?tag=desk-work$/);
    expect(await listedTitles(page)).toEqual([
      "Returning to work with back pain: a step-by-step guide",
      "Sitting and desk work with lower back pain",
    ]);
    await expect(page.getByRole("link", { name: /^Desk work/ })).toHaveAttribute(
      "aria-current",
      "page",
    );

    await page.goto("/articles?q=journal&tag=sleep");
    expect(await listedTitles(page)).toEqual([
      "Self-management for back pain: journal, sleep, food and stress",
    ]);
    await page.goto("/articles?q=journal");
    expect((await listedTitles(page)).length).toBeGreaterThan(1);
  });

  test("an article's tags link to the filtered list", async ({ page }) => {
    await page.goto(ARTICLE);
    await page
      .getByRole("list", { name: "Article tags" })
      .getByRole("link", { name: "Inactivity" })
      .click();
    await expect(page).toHaveURL(/\/articles\?tag=inactivity$/);
    const titles = await listedTitles(page);
    expect(titles).toContain("Why rest can make lower back pain worse");
    expect(titles).toContain("The hidden risks of inactivity when your back hurts");
    expect(titles).toHaveLength(2);
  });
});

test("with JavaScript too, tag links and search show the filtered list", async ({ page }) => {
  await page.goto("/articles");
  await page
    .getByRole("navigation", { name: "Filter by tag" })
    .getByRole("link", { name: /^Sleep/ })
    .click();
  await expect(page).toHaveURL(/\/articles\?tag=sleep$/);
  await expect(page.getByRole("status")).toHaveText("1 article tagged Sleep");
  await page.getByRole("link", { name: /^All topics/ }).click();
  // "17 articles · page 1 of 2" once the list runs past one page.
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${slugs.length} articles\\b`));
  await page.getByLabel("Search articles").fill("brainstorming");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 article matching “brainstorming”");
});

test("the article list is prerendered and the filtered list is not indexed", async ({
  request,
}) => {
  const plain = await request.get("/articles");
  expect(plain.headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
  const filtered = await request.get("/articles?q=walk");
  expect(await filtered.text()).toContain('<meta name="robots" content="noindex, follow"/>');
});

test("the contents links jump to their headings", async ({ page }) => {
  await page.goto(ARTICLE);
  const contents = page.getByRole("navigation", { name: "Contents" });
  const links = contents.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  for (const name of [
    "The four-part rest-or-move framework",
    "C: Moderate to severe pain that stays stable with activity",
    "Sources",
  ]) {
    const link = contents.getByRole("link", { name, exact: true });
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const heading = page.locator(`${href}`);
    await expect(heading).toHaveText(name);
    await expect(heading).toBeInViewport();
  }
  // Every link has a target on the page.
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    await expect(page.locator(`${href}`)).toHaveCount(1);
  }
});

test("an article shows its disclaimer, reading time, dates, sources, quiz invitation and related articles", async ({
  page,
}) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Why rest can make lower back pain worse",
  );
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText(
    "Educational only",
  );
  await expect(
    page.getByText(/By the LBPfix editorial team · Updated 4 December 2026 · \d+ min read/),
  ).toBeVisible();
  // How it was checked (PRODUCT.md §11): what against, and when; the team, never a person.
  const checked = page.locator("details", {
    has: page.getByText(/^Checked against \d+ guidelines and papers on 4 December 2026$/),
  });
  const niceLink = checked.getByRole("link", { name: /NICE NG59/ });
  await expect(niceLink).toBeHidden();
  await checked.getByText(/^Checked against/).click();
  await expect(niceLink).toBeVisible();
  await expect(niceLink).toHaveAttribute("href", "https://www.nice.org.uk/guidance/ng59");
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: /NICE NG59/ })).toHaveAttribute(
    "href",
    "https://www.nice.org.uk/guidance/ng59",
  );
  await expect(page.getByRole("link", { name: "Take the 2-minute quiz" }).last()).toHaveAttribute(
    "href",
    "/quiz",
  );
  const related = page.getByRole("region", { name: "Related articles" });
  await expect(related.getByRole("link")).not.toHaveCount(0);
  await expect(
    related.getByRole("link", { name: "Why rest can make lower back pain worse" }),
  ).toHaveCount(0);
  // Hidden until the reader scrolls down (a CSS scroll-driven animation), so includeHidden.
  await expect(
    page.getByRole("link", { name: "Back to top", includeHidden: true }),
  ).toHaveAttribute("href", "#main");
});

test("an article page carries canonical, Open Graph and JSON-LD (Article, BreadcrumbList)", async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${ARTICLE}$`),
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "LBPfix");
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as { "@type": string },
  );
  expect(ld.map((d) => d["@type"]).sort()).toEqual(["Article", "BreadcrumbList"]);
  const article = ld.find((d) => d["@type"] === "Article") as unknown as {
    mainEntityOfPage: { lastReviewed: string };
    citation: { url: string }[];
  };
  expect(article.mainEntityOfPage.lastReviewed).toBe("2026-12-04");
  expect(article.citation.map((c) => c.url)).toContain("https://www.nice.org.uk/guidance/ng59");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(new URL(image ?? "", page.url()).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("an unknown article is a 404", async ({ request }) => {
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
});

test("the home page lists the latest articles", async ({ page }) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Latest articles" });
  await expect(latest.getByRole("listitem")).toHaveCount(3);
  await latest.getByRole("link", { name: "All articles" }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

for (const [route, title] of [
  ["/privacy", "Privacy policy"],
  ["/terms", "Terms of use"],
  ["/disclaimer", "Medical disclaimer"],
] as const) {
  test(`${route} renders from content/legal with no axe violations`, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(/Last updated \d+ \w+ \d{4}/)).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${route}$`),
    );
    await expectNoAxeViolations(page);
  });
}

test("/articles and an article have no axe violations, on a desktop and a phone", async ({
  page,
}) => {
  for (const size of [
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ]) {
    await page.setViewportSize(size);
    for (const route of ["/articles", "/articles?tag=walking", ARTICLE]) {
      await page.goto(route);
      await expectNoAxeViolations(page);
    }
  }
});

test("an article fits a 320 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(ARTICLE);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});

test.describe("discovery files", () => {
  async function parseXml(page: Page, route: string) {
    const response = await page.request.get(route);
    expect(response.status()).toBe(200);
    const text = await response.text();
    await page.goto("about:blank");
    return page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.nodeName,
        links: [...doc.querySelectorAll("item > link, url > loc")].map((n) => n.textContent ?? ""),
      };
    }, text);
  }

  test("feed.xml is RSS that lists every article", async ({ page }) => {
    const feed = await parseXml(page, "/feed.xml");
    expect(feed.error).toBeNull();
    expect(feed.root).toBe("rss");
    expect(feed.links.map((l) => new URL(l).pathname).sort()).toEqual(
      slugs.map((s) => `/articles/${s}`).sort(),
    );
  });

  test("sitemap.xml lists every article, the guide and the legal pages", async ({ page }) => {
    const sitemap = await parseXml(page, "/sitemap.xml");
    expect(sitemap.error).toBeNull();
    expect(sitemap.root).toBe("urlset");
    const paths = sitemap.links.map((l) => new URL(l).pathname);
    for (const s of slugs) expect(paths).toContain(`/articles/${s}`);
    for (const p of ["/", "/articles", "/rest-or-move", "/privacy", "/terms", "/disclaimer"])
      expect(paths).toContain(p);
  });

  test("robots.txt points at the sitemap without naming private pages, which crawlers cannot index", async ({
    request,
  }) => {
    const robots = await (await request.get("/robots.txt")).text();
    // Absolute, on SITE_URL as it was at build time (robots.txt is static).
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
    expect(robots).toContain("Disallow: /api/");
    // Listing member and admin paths would only advertise them.
    for (const p of ["/admin", "/dashboard", "/journal", "/account"])
      expect(robots).not.toContain(p);
    // A crawler has no session: it is sent to the sign-in page, which asks not to be indexed.
    const guest = await request.get("/dashboard", { maxRedirects: 0 });
    expect(guest.status()).toBe(307);
    const signIn = await request.get(guest.headers()["location"] ?? "");
    expect(await signIn.text()).toContain('<meta name="robots" content="noindex"/>');
  });
});
