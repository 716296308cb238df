import type { ComponentProps } from "react";

/**
 * A link to a state of the article list (/articles?tag=…&q=…&page=…). A plain
 * <a>, not next/link: those URLs reach a dynamic route through a rewrite, and
 * Next 16's client router answered them with the prerendered /articles payload
 * (the unfiltered list). A full page load is also exactly what happens without
 * JavaScript, so both paths behave the same.
 */
export function ListLink(props: ComponentProps<"a">) {
  return <a {...props} />;
}
