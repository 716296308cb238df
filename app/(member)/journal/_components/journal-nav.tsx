import Link from "next/link";

/** Switches between the journal and its insights; the current page is marked for screen readers. */
export function JournalNav({ current }: { current: "entries" | "insights" }) {
  const links = [
    { key: "entries", href: "/journal", label: "Entries" },
    { key: "insights", href: "/journal/insights", label: "Insights" },
    { key: "progress", href: "/progress", label: "Weekly progress" },
  ] as const;
  return (
    <nav aria-label="Journal" className="no-print print:hidden">
      <ul className="flex flex-wrap gap-2">
        {links.map((l) => (
          <li key={l.key}>
            <Link
              href={l.href}
              aria-current={current === l.key ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full px-4 font-semibold no-underline ${current === l.key ? "bg-brand-700 text-white" : "border-brand-600 text-brand-800 hover:bg-brand-50 border"}`}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
