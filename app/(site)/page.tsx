import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCard } from "@/components/articles/article-card";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { ButtonLink } from "@/components/ui/button-link";
import { getArticleSummaries } from "@/server/content/load";

export const metadata: Metadata = { alternates: { canonical: "/" } };

const steps = [
  {
    title: "Identify",
    body: "A two-minute quiz checks for warning signs first, then suggests which of four movement patterns your pain tends to follow.",
  },
  {
    title: "Prescribe",
    body: "You get a movement plan matched to that pattern: what to do more of, what to ease off for now, and how much.",
  },
  {
    title: "Build resilience",
    body: "Step by step, rebuild core control, lifting and carrying, and the confidence to get back to work, sport and life.",
  },
];

export default function HomePage() {
  const latest = getArticleSummaries().slice(0, 3);
  return (
    <>
      <section className="from-brand-50 bg-gradient-to-b to-white">
        <div className="mx-auto max-w-5xl px-4 py-14 sm:py-20">
          <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
            Lower back pain, explained kindly
          </p>
          <h1 className="mt-3 max-w-3xl font-serif text-4xl leading-tight font-bold sm:text-5xl">
            Most back pain gets better by moving more, not resting more.
          </h1>
          <p className="text-muted mt-5 max-w-2xl text-lg">
            Bed rest is rarely needed. LBPfix helps you work out what kind of movement your back
            tolerates today, and builds from there — with a plan, a pain journal, and patterns you
            can see.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/quiz">Take the 2-minute quiz</ButtonLink>
            <ButtonLink href="/rest-or-move" variant="secondary">
              Should I rest or move?
            </ButtonLink>
          </div>
        </div>
      </section>

      <section aria-labelledby="program-heading" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="program-heading" className="font-serif text-3xl font-bold">
          The LBPfix program in three steps
        </h2>
        <ol className="mt-8 grid gap-6 sm:grid-cols-3">
          {steps.map((step, i) => (
            <li key={step.title} className="border-brand-100 rounded-2xl border p-6">
              <span
                aria-hidden="true"
                className="bg-brand-700 flex size-10 items-center justify-center rounded-full text-lg font-bold text-white"
              >
                {i + 1}
              </span>
              <h3 className="mt-4 text-xl font-semibold">{step.title}</h3>
              <p className="text-muted mt-2">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className="mx-auto max-w-5xl px-4">
        <RedFlagList title="Safety first: these need care, not an app" />
        <p className="text-muted mt-3 max-w-3xl">The quiz asks about these before anything else.</p>
      </div>

      <section aria-labelledby="latest-heading" className="mx-auto max-w-5xl px-4 pt-14">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="latest-heading" className="font-serif text-3xl font-bold">
            Latest articles
          </h2>
          <Link href="/articles" className="font-medium">
            All articles<span aria-hidden="true"> →</span>
          </Link>
        </div>
        <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} headingLevel={3} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
