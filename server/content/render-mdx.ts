import "server-only";
import { compile } from "@mdx-js/mdx";
import type { Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { rehypeHeadingIds } from "@/lib/articles/heading-ids";
import type { Heading } from "@/lib/articles/types";

/**
 * Components an MDX body may place, by name, as a block of its own (`<RedFlags />`, no props):
 * the page renders the real React component there, so shared content such as the red-flag list
 * comes from its one module instead of being copied into each file.
 */
export const MDX_SLOTS = ["RedFlags"] as const;
export type MdxSlot = (typeof MDX_SLOTS)[number];

/** A body in order: static HTML between the slots. */
export type MdxPart = { kind: "html"; html: string } | { kind: "slot"; slot: MdxSlot };

export type RenderedMdx = { parts: MdxPart[]; headings: Heading[] };

function slotOf(node: RootContent): MdxSlot | null {
  if (node.type !== "mdxJsxFlowElement") return null;
  const slot = MDX_SLOTS.find((name) => name === node.name);
  if (!slot) return null;
  if (node.attributes.length > 0 || node.children.length > 0) {
    fail(`<${slot} /> takes no props or children`, node);
  }
  return slot;
}

// MDX reports syntax errors as VFileMessages carrying the line and column.
function position(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { line, column } = error as { line?: unknown; column?: unknown };
  return typeof line === "number"
    ? `:${line}${typeof column === "number" ? `:${column}` : ""}`
    : "";
}

// Links and images may point at our pages, in-page anchors, the web or an
// email address; anything else (javascript:, data:, vbscript:…) fails the build.
const SAFE_URL = /^(?:[/#?]|https?:|mailto:)/i;

// Thrown with the node's position, like the parser's own errors.
function fail(message: string, node: RootContent): never {
  const start = node.position?.start;
  throw Object.assign(new Error(message), { line: start?.line, column: start?.column });
}

function isCommentOnly(node: RootContent): boolean {
  // `{/* note */}` is MDX's comment syntax: an expression with no statements.
  return (
    (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") &&
    node.data?.estree?.body.length === 0
  );
}

/**
 * Last rehype plugin: checks the finished tree and serialises it to HTML.
 * Bodies are plain Markdown, so JSX, expressions and ESM are refused here
 * (an HTML string cannot run them, and `<script>` in MDX is JSX), naming the
 * file, line and column like a syntax error. The one exception is a slot
 * (MDX_SLOTS) standing as a top-level block: it splits the body into parts.
 */
function rehypeToParts(options: { onParts: (parts: MdxPart[]) => void }) {
  const checkNode = (node: RootContent) => {
    if (node.type.startsWith("mdx")) {
      fail(
        `${node.type} is not supported: article and legal bodies are plain Markdown, rendered to static HTML (apart from ${MDX_SLOTS.map((s) => `<${s} />`).join(", ")} as a block of its own)`,
        node,
      );
    }
    if (node.type !== "element") return;
    for (const attribute of ["href", "src"] as const) {
      const url = node.properties[attribute];
      if (url !== undefined && !SAFE_URL.test(String(url))) {
        fail(`unsafe URL in ${attribute}: ${String(url)}`, node);
      }
    }
    node.children = node.children.filter((child) => !isCommentOnly(child));
    node.children.forEach(checkNode);
  };
  return (tree: Root) => {
    const parts: MdxPart[] = [];
    let run: RootContent[] = [];
    const flush = () => {
      const html = toHtml({ type: "root", children: run }).trim();
      if (html !== "") parts.push({ kind: "html", html });
      run = [];
    };
    for (const node of tree.children.filter((child) => !isCommentOnly(child))) {
      const slot = slotOf(node);
      if (slot) {
        flush();
        parts.push({ kind: "slot", slot });
      } else {
        checkNode(node);
        run.push(node);
      }
    }
    flush();
    options.onParts(parts);
  };
}

/**
 * Compiles an MDX body to an HTML string and its headings. Pages that call
 * this are prerendered, so it runs during `next build` and a syntax error
 * fails the build with the file, line and column. The HTML is static: no
 * React tree for the body goes into the page's RSC payload or gets hydrated
 * (see docs/decisions/0007-article-bodies-as-html.md).
 */
export async function renderMdx(
  file: string,
  body: string,
  { reservedIds = [] }: { reservedIds?: readonly string[] } = {},
): Promise<RenderedMdx> {
  const headings: Heading[] = [];
  let parts: MdxPart[] | undefined;
  try {
    // `compile` is only used for its parser and rehype stage; the JavaScript
    // it also generates is thrown away.
    await compile(
      { value: body, path: file },
      {
        development: false,
        rehypePlugins: [
          [
            rehypeHeadingIds,
            { reserved: reservedIds, onHeading: (h: Heading) => headings.push(h) },
          ],
          [rehypeToParts, { onParts: (p: MdxPart[]) => (parts = p) }],
        ],
      },
    );
  } catch (error) {
    throw new Error(
      `Cannot compile ${file}${position(error)}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  if (parts === undefined) throw new Error(`Cannot compile ${file}: no HTML was produced`);
  return { parts, headings };
}
