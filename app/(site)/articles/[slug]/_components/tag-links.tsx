import { ListLink } from "@/components/articles/list-link";
import { tagLabel } from "@/lib/articles/tags";

/** Tags as links to the filtered article list (plain links: no JavaScript needed). */
export function TagLinks({ tags, label = "Tags" }: { tags: readonly string[]; label?: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <ListLink
            href={`/articles?tag=${encodeURIComponent(tag)}`}
            className="bg-brand-50 text-brand-800 ring-brand-200 hover:bg-brand-100 inline-block rounded-full px-3 py-1 text-sm font-medium no-underline ring-1"
          >
            {tagLabel(tag)}
          </ListLink>
        </li>
      ))}
    </ul>
  );
}
