import Link from "next/link";
import { EMERGENCY_NUMBER } from "@/lib/safety/emergency-number";
import { RED_FLAGS, URGENCY_WORDS, redFlagsInTier, type RedFlagTier } from "@/lib/safety/red-flags";

/**
 * The site's one red-flag list (docs/product.md §6), in two tiers: get urgent
 * care now, and see a doctor first with how soon. Every page that lists red
 * flags renders this; the e2e "one red-flag list" test fails on any other.
 * No hooks and no server-only imports, so client components can render it too.
 */
export function RedFlagList({
  headingLevel = 2,
  title = "When to get help first",
  compact = false,
  id,
}: {
  headingLevel?: 2 | 3;
  title?: string;
  /** Smaller text, for places where the list sits beside other content. */
  compact?: boolean;
  /** An anchor other parts of the page can link to. */
  id?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      data-red-flag-list=""
      id={id}
      aria-label={title}
      className="border-danger-700/50 bg-danger-50 rounded-2xl border-2 p-5 sm:p-6"
    >
      <Heading className="text-danger-700 text-lg font-bold">{title}</Heading>
      <Tier tier="urgent" compact={compact} />
      <Tier tier="doctor_first" compact={compact} />
    </section>
  );
}

function Tier({ tier, compact }: { tier: RedFlagTier; compact: boolean }) {
  const flags = redFlagsInTier(tier);
  return (
    <>
      <p className="mt-3 font-semibold">
        {tier === "urgent"
          ? "Get urgent care now (emergency department) if, since the pain began, you have:"
          : "See a doctor before you do more if:"}
      </p>
      <ul className={`mt-1 list-disc space-y-1 pl-6 ${compact ? "text-sm" : ""}`}>
        {flags.map((flag) => (
          <li key={flag.key}>
            {flag.sign}
            {tier === "doctor_first" ? (
              <span className="font-semibold">
                {" "}
                — {URGENCY_WORDS[RED_FLAGS[flag.key].urgency].toLowerCase()}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {tier === "urgent" ? (
        <p className="mt-2">
          <a className="font-semibold underline" href={`tel:${EMERGENCY_NUMBER.dial}`}>
            Call {EMERGENCY_NUMBER.label}
          </a>{" "}
          or go to the nearest emergency department.
        </p>
      ) : null}
    </>
  );
}

/** Where the full list lives for a link from a one-line summary (content/legal/disclaimer.mdx). */
export const FULL_RED_FLAG_LIST_HREF = "/disclaimer#warning-signs-when-to-get-help-first";

/**
 * The urgent tier in one sentence, for places too small for the whole list (the footer, the
 * disclaimer box), with a link to the full list. Same module, same wording.
 */
export function RedFlagSummary({ className = "" }: { className?: string }) {
  const urgent = redFlagsInTier("urgent").map((flag) => flag.sign);
  return (
    <p data-red-flag-list="summary" className={className}>
      <strong>Get urgent care now</strong> if, since the pain began, you have {urgent.join("; or ")}
      .{" "}
      <Link className="underline" href={FULL_RED_FLAG_LIST_HREF}>
        All warning signs and how soon to act
      </Link>
      .
    </p>
  );
}

/**
 * The red-flag note once a person has seen the whole list: one line on what needs urgent care
 * now, and the whole list a tap away. The rest-or-move guide shows it after its first step, so
 * the question, not a red box, is what fills a phone's screen (issue 17).
 */
export function RedFlagCheck({ className = "" }: { className?: string }) {
  const urgent = redFlagsInTier("urgent").map((flag) => flag.brief);
  return (
    <section
      data-red-flag-list="check"
      aria-label="Warning signs"
      className={`border-danger-700/40 bg-danger-50 rounded-xl border p-4 ${className}`}
    >
      <p>
        <strong>Get urgent care now</strong> if you have {urgent.join(", or ")}:{" "}
        <a className="font-semibold underline" href={`tel:${EMERGENCY_NUMBER.dial}`}>
          call {EMERGENCY_NUMBER.label}
        </a>{" "}
        or go to an emergency department. A few other signs mean seeing a doctor first, some of them
        today.
      </p>
      <details className="mt-1">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold underline">
          Check these warning signs
        </summary>
        <RedFlagList title="Warning signs and how soon to act" compact />
      </details>
    </section>
  );
}
