// Flesch-Kincaid grade of every article, to keep the writing plain.
//
//   npm run readability
//
// Reports; it does not fail. New articles aim for about grade 7 (PRODUCT.md §11):
// long words and long sentences are what push the number up.
import fs from "node:fs";
import path from "node:path";
import { parseArticle } from "@/lib/articles/parse";
import { readingGrade } from "./lib/readability";

const TARGET_GRADE = 7;
const dir = path.join(process.cwd(), "content", "articles");

const rows = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".mdx"))
  .sort()
  .map((name) => {
    const slug = name.slice(0, -".mdx".length);
    const article = parseArticle(
      path.join("content", "articles", name),
      slug,
      fs.readFileSync(path.join(dir, name), "utf8"),
    );
    return { slug, words: article.wordCount, grade: readingGrade(article.body) };
  });

const width = Math.max(...rows.map((r) => r.slug.length));
console.log(`${"article".padEnd(width)}  words  grade`);
for (const r of rows) {
  const flag = r.grade > TARGET_GRADE + 1 ? "  above target" : "";
  console.log(
    `${r.slug.padEnd(width)}  ${String(r.words).padStart(5)}  ${r.grade.toFixed(1).padStart(5)}${flag}`,
  );
}
console.log(`\nTarget for new articles: about grade ${TARGET_GRADE} (Flesch-Kincaid).`);
