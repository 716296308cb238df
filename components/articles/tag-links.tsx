import Link from "next/link";
import { tagLabel } from "@/lib/articles/tags";

/** Tags as links to the filtered article list (plain links: no JavaScript needed). */
export function TagLinks({ tags, label = "Tags" }: { tags: readonly string[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/articles?tag=${encodeURIComponent(tag)}`}
            className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800 no-underline ring-1 ring-brand-200 hover:bg-brand-100"
          >
            {tagLabel(tag)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
