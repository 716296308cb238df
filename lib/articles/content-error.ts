import type { z } from "zod";

/** A content file that cannot be published; its message names the file and every problem. */
export class ContentError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Cannot publish ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
  }

  static fromZod(file: string, error: z.ZodError): ContentError {
    return new ContentError(
      file,
      error.issues.map(
        (issue) => `${issue.path.length ? issue.path.join(".") : "frontmatter"}: ${issue.message}`,
      ),
    );
  }
}
