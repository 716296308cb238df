/**
 * A tiny SVG string builder: the illustrations are the same for every member, so their markup
 * is built once per exercise as a string instead of as hundreds of React elements on every
 * request (/program shows all 36; React rendered and serialised each figure twice, into the
 * HTML and into the RSC payload, and halved the page's throughput).
 */
type Attributes = Readonly<Record<string, string | number | undefined>>;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};
const escape = (value: string) => value.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

export function el(tag: string, attributes: Attributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join("");
  return `<${tag}${attrs}>${children.join("")}</${tag}>`;
}

export const text = (value: string) => escape(value);

/** An inline style of custom properties, as React would write it. */
export const customProperties = (properties: Readonly<Record<string, string>>) =>
  Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(";");
