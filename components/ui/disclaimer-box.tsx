import Link from "next/link";
import { FULL_RED_FLAG_LIST_HREF } from "@/components/safety/red-flag-list";

/** The medical disclaimer every article, the quiz and its result carry (docs/product.md §6). */
export function DisclaimerBox({ className = "" }: { className?: string }) {
  return (
    <aside
      aria-label="Medical disclaimer"
      className={`border-warn-700/30 bg-warn-50 rounded-xl border p-4 text-sm leading-relaxed ${className}`}
    >
      <strong>Educational only.</strong> This is not a diagnosis and does not create a
      clinician–patient relationship. Talk to a health professional before starting new activity,
      and check the{" "}
      <Link href={FULL_RED_FLAG_LIST_HREF} className="underline">
        warning signs that need care first
      </Link>
      .{" "}
      <Link href="/disclaimer" className="underline">
        Read the full disclaimer
      </Link>
      .
    </aside>
  );
}
