import { describe, expect, it } from "vitest";
import { renderMdx } from "./render-mdx";

const FILE = "content/articles/example.mdx";

/** The body as one string, a slot written as its tag, for assertions on the HTML. */
async function render(...args: Parameters<typeof renderMdx>) {
  const rendered = await renderMdx(...args);
  const html = rendered.parts
    .map((part) => (part.kind === "html" ? part.html : `<${part.slot} />`))
    .join("\n");
  return { ...rendered, html };
}

describe("renderMdx", () => {
  it("renders Markdown to HTML with no React markup or per-element classes", async () => {
    const { html } = await render(
      FILE,
      "Some **strong** and *soft* words.\n\n- one\n- two\n\n1. first\n\n> A quote.\n\n---\n",
    );
    expect(html).toContain("<p>Some <strong>strong</strong> and <em>soft</em> words.</p>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<blockquote>\s*<p>A quote\.<\/p>\s*<\/blockquote>/);
    expect(html).toContain("<hr>");
    expect(html).not.toContain("class=");
  });

  it("gives headings unique ids, avoids reserved ids, and reports them in order", async () => {
    const { html, headings } = await render(
      FILE,
      "## Sources\n\n## Why *rest* hurts\n\n### Step one\n\n## Why rest hurts\n",
      { reservedIds: ["sources"] },
    );
    expect(headings).toEqual([
      { depth: 2, text: "Sources", id: "sources-1" },
      { depth: 2, text: "Why rest hurts", id: "why-rest-hurts" },
      { depth: 3, text: "Step one", id: "step-one" },
      { depth: 2, text: "Why rest hurts", id: "why-rest-hurts-1" },
    ]);
    for (const { id } of headings) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<h2 id="why-rest-hurts">Why <em>rest</em> hurts</h2>');
  });

  it("keeps internal and external links as plain anchors", async () => {
    const { html } = await render(
      FILE,
      'See [walking](/articles/walking-for-lower-back-pain), [NICE](https://www.nice.org.uk/guidance/ng59 "NG59") and [below](#sources).\n',
    );
    expect(html).toContain('<a href="/articles/walking-for-lower-back-pain">walking</a>');
    expect(html).toContain('<a href="https://www.nice.org.uk/guidance/ng59" title="NG59">NICE</a>');
    expect(html).toContain('<a href="#sources">below</a>');
  });

  it("escapes text, so Markdown cannot inject markup", async () => {
    const { html } = await render(
      FILE,
      "Use `<script>alert(1)</script>` and 3 &lt; 4 & 5 \\< 6.\n",
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<code>&#x3C;script>alert(1)&#x3C;/script></code>");
  });

  it.each([
    [
      "a script element",
      "Hello\n\n<script>alert(1)</script>\n",
      /3:1: mdxJsxFlowElement is not supported/,
    ],
    [
      "an inline JSX element",
      "Hello <b onClick={x}>there</b>\n",
      /1:7: mdxJsxTextElement is not supported/,
    ],
    ["an expression", "Total: {1 + 1}\n", /1:8: mdxTextExpression is not supported/],
    ["an export", "export const x = 1\n\nText\n", /1:1: mdxjsEsm is not supported/],
    [
      "a javascript: link",
      "\n[click](javascript:alert(1))\n",
      /2:1: unsafe URL in href: javascript:alert\(1\)/,
    ],
    ["a data: image", "![x](data:text/html,hi)\n", /1:1: unsafe URL in src/],
  ])("refuses %s, naming the file and position", async (_name, body, message) => {
    const error = await renderMdx(FILE, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cannot compile content\/articles\/example\.mdx:/);
    expect((error as Error).message).toMatch(message);
  });

  it("drops MDX comments", async () => {
    const { html } = await render(
      FILE,
      "Before\n\n{/* an editor's note */}\n\nAfter {/* inline */}\n",
    );
    expect(html).not.toContain("note");
    expect(html).toMatch(/<p>Before<\/p>\s*<p>After <\/p>/);
  });

  it("splits the body at a <RedFlags /> block so the page renders the shared component there", async () => {
    const { parts } = await renderMdx(FILE, "## Get checked\n\nFirst.\n\n<RedFlags />\n\nAfter.\n");
    expect(parts).toEqual([
      { kind: "html", html: expect.stringContaining("<p>First.</p>") as string },
      { kind: "slot", slot: "RedFlags" },
      { kind: "html", html: "<p>After.</p>" },
    ]);
  });

  it("refuses a slot with props, and any other component", async () => {
    await expect(renderMdx(FILE, '<RedFlags tier="urgent" />\n')).rejects.toThrow(
      /takes no props or children/,
    );
    await expect(renderMdx(FILE, "<Other />\n")).rejects.toThrow(
      /mdxJsxFlowElement is not supported/,
    );
  });

  it("fails with the file, line and reason for broken MDX", async () => {
    await expect(
      renderMdx("content/articles/broken.mdx", "\n\n## Heading\n\nText with {unclosed\n"),
    ).rejects.toThrow(/Cannot compile content\/articles\/broken\.mdx.*5:/s);
  });
});
