import Link from "next/link";

/** The medical disclaimer every article, the quiz and its result carry (PRODUCT.md §6). */
export function DisclaimerBox({ className = "" }: { className?: string }) {
  return (
    <aside aria-label="Medical disclaimer" className={`rounded-xl border border-warn-700/30 bg-warn-50 p-4 text-sm leading-relaxed ${className}`}>
      <strong>Educational only.</strong> This is not a diagnosis and does not create a clinician–patient
      relationship. Talk to a health professional before starting new activity, and get urgent care for
      new bladder or bowel problems, numbness around the genitals or back passage, or weakness in both legs.{" "}
      <Link href="/disclaimer" className="underline">Read the full disclaimer</Link>.
    </aside>
  );
}
