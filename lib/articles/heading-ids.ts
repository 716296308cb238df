import type { Element, ElementContent, Root, RootContent } from "hast";
import { createSlugger } from "./slugger";
import type { Heading } from "./types";

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function isHeading(node: RootContent): node is Element & { tagName: "h2" | "h3" } {
  return node.type === "element" && (node.tagName === "h2" || node.tagName === "h3");
}

/**
 * Rehype plugin: gives every h2/h3 a unique id and reports it, so the
 * contents list and the anchors come from one pass and can never disagree.
 */
export function rehypeHeadingIds(options: {
  reserved?: readonly string[];
  onHeading: (heading: Heading) => void;
}) {
  return (tree: Root) => {
    const slug = createSlugger(options.reserved);
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (isHeading(node)) {
          const text = textOf(node).trim();
          const id = slug(text);
          node.properties = { ...node.properties, id };
          options.onHeading({ depth: node.tagName === "h2" ? 2 : 3, text, id });
        } else if (node.type === "element") {
          walk(node.children);
        }
      }
    };
    walk(tree.children);
  };
}
