import "server-only";
import { evaluate } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import type { ReactElement } from "react";
import * as runtime from "react/jsx-runtime";
import { rehypeHeadingIds } from "./heading-ids";
import type { Heading } from "./types";

export type RenderedMdx = { content: ReactElement; headings: Heading[] };

// MDX reports syntax errors as VFileMessages carrying the line and column.
function position(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { line, column } = error as { line?: unknown; column?: unknown };
  return typeof line === "number"
    ? `:${line}${typeof column === "number" ? `:${column}` : ""}`
    : "";
}

/**
 * Compiles and runs an MDX body in a server component. Pages that call this
 * are prerendered, so it runs during `next build` and a syntax error fails the
 * build with the file, line and column.
 */
export async function renderMdx(
  file: string,
  body: string,
  { components, reservedIds = [] }: { components: MDXComponents; reservedIds?: readonly string[] },
): Promise<RenderedMdx> {
  const headings: Heading[] = [];
  let mod: Awaited<ReturnType<typeof evaluate>>;
  try {
    mod = await evaluate(
      { value: body, path: file },
      {
        ...runtime,
        development: false,
        rehypePlugins: [
          [
            rehypeHeadingIds,
            { reserved: reservedIds, onHeading: (h: Heading) => headings.push(h) },
          ],
        ],
      },
    );
  } catch (error) {
    throw new Error(
      `Cannot compile ${file}${position(error)}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const Content = mod.default;
  return { content: <Content components={components} />, headings };
}
