import { parse as parseYaml } from "yaml";
import { ContentError } from "./content-error";

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export type SplitSource = {
  data: unknown;
  /**
   * The MDX body with the frontmatter replaced by blank lines, so line numbers
   * in compiler errors still point at the right line of the file.
   */
  body: string;
};

/** Separates YAML frontmatter from the MDX body; validation is the caller's job. */
export function splitFrontmatter(file: string, source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match)
    throw new ContentError(file, ["the file must start with a --- fenced YAML frontmatter block"]);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new ContentError(file, [
      `frontmatter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const blankLines = "\n".repeat(match[0].split("\n").length - 1);
  return { data, body: blankLines + source.slice(match[0].length) };
}
