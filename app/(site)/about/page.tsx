import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { FULL_RED_FLAG_LIST_HREF } from "@/components/safety/red-flag-list";
import { openGraph } from "@/lib/articles/open-graph";
import { NOT_GETTING_BETTER } from "@/lib/safety/red-flags";
import { siteConfig } from "@/lib/site";

// The trust page (issue 17). Everything here must stay checkable: no named people,
// credentials or testimonials we cannot show, only the guidelines the content and the code
// actually cite (docs/product.md §1, §3, §4 and §6; each article's sources list), and the
// contact address the legal pages already give.

const CONTACT = "privacy@lbpfix.example";

export const metadata: Metadata = {
  title: `About ${siteConfig.name}`,
  description:
    "Who LBPfix is for, how its articles, guide and quiz are written and checked against clinical guidelines, what it does not do, and how to contact us.",
  alternates: { canonical: "/about" },
  openGraph: openGraph({ url: "/about" }),
};

const GUIDELINES: { name: string; href?: string; usedFor: string }[] = [
  {
    name: "NICE NG59: Low back pain and sciatica in over 16s",
    href: "https://www.nice.org.uk/guidance/ng59",
    usedFor: "staying active, exercise and self-management; the warning signs",
  },
  {
    name: "NICE NG65: Spondyloarthritis in over 16s",
    href: "https://www.nice.org.uk/guidance/ng65",
    usedFor: "the quiz’s questions about inflammatory back pain",
  },
  {
    name: "NICE NG234: Spinal metastases and metastatic spinal cord compression",
    href: "https://www.nice.org.uk/guidance/ng234",
    usedFor: "what to do after a history of cancer",
  },
  {
    name: "The GIRFT (Getting It Right First Time) suspected cauda equina pathway",
    usedFor: "the signs that need urgent care",
  },
  {
    name: "NHS advice on back pain",
    href: "https://www.nhs.uk/conditions/back-pain/",
    usedFor: "everyday advice and when to get help",
  },
  {
    name: "WHO guideline on chronic primary low back pain (2023)",
    href: "https://www.who.int/publications/i/item/9789240081789",
    usedFor: "exercise and education for long-lasting pain",
  },
  {
    name: "WHO guidelines on physical activity and sedentary behaviour (2020)",
    href: "https://www.who.int/publications/i/item/9789240015128",
    usedFor: "how much to move and breaking up sitting",
  },
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="font-serif text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl space-y-10 px-4 py-12 leading-relaxed">
      <header className="space-y-3">
        <h1 className="font-serif text-4xl font-bold">About {siteConfig.name}</h1>
        <p className="text-lg">
          {siteConfig.name} helps people with lower back pain find the movement their back tolerates
          today, and build from there. Anyone can read the articles and use the guide and the quiz;
          an account keeps your program and journal.
        </p>
      </header>

      <Section id="who-for" title="Who it is for">
        <p>
          Adults and young people aged 16 and over with lower back pain: a first bout, pain that
          keeps coming back, or pain that has lasted months. It suits you if you want to understand
          your pain, decide how much to rest or move on a hard day, and follow a gentle program that
          builds up step by step. A short spell of doing a little less after a fresh injury is
          normal; most backs then do better with more movement, not less.
        </p>
      </Section>

      <Section id="how-written" title="How the content is written and checked">
        <p>
          The articles, the{" "}
          <Link href="/rest-or-move" className="underline">
            rest-or-move guide
          </Link>
          , the{" "}
          <Link href="/quiz" className="underline">
            quiz
          </Link>{" "}
          and the programs are written by the {siteConfig.name} editorial team in plain language. We
          do not name individual authors or reviewers, and we do not publish testimonials.
        </p>
        <p>
          Every article lists the sources it was checked against and the date it was last updated.
          The advice follows these clinical guidelines:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          {GUIDELINES.map((g) => (
            <li key={g.name}>
              {g.href ? (
                <a href={g.href} className="underline">
                  {g.name}
                </a>
              ) : (
                g.name
              )}
              : {g.usedFor}.
            </li>
          ))}
        </ul>
      </Section>

      <Section id="sources" title="How we choose sources">
        <p>
          We start from national clinical guidelines (NICE, the NHS, the World Health Organization),
          because they weigh all the evidence on a question. Where a guideline is silent we use
          systematic reviews, such as Cochrane reviews, and then large studies in peer-reviewed
          journals. We link every source so you can read it yourself, and we say plainly when the
          evidence is uncertain.
        </p>
      </Section>

      <Section id="does-not-do" title="What LBPfix does not do">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            It does not diagnose. The guide and the quiz suggest what may suit you; they cannot
            examine you.
          </li>
          <li>
            It is not a substitute for care from a health professional, and using it does not create
            a clinician–patient relationship. {NOT_GETTING_BETTER}
          </li>
          <li>
            It is not for emergencies. If you have one of the{" "}
            <Link href={FULL_RED_FLAG_LIST_HREF} className="underline">
              warning signs
            </Link>
            , get urgent care now: call your local emergency number or go to an emergency
            department.
          </li>
        </ul>
        <p>
          Read the full{" "}
          <Link href="/disclaimer" className="underline">
            medical disclaimer
          </Link>
          , how we handle your data in the{" "}
          <Link href="/privacy" className="underline">
            privacy notice
          </Link>
          , and the{" "}
          <Link href="/terms" className="underline">
            terms
          </Link>
          .
        </p>
      </Section>

      <Section id="contact" title="Contact us">
        <p>
          Questions about the site, its content or your data: email{" "}
          <a href={`mailto:${CONTACT}`} className="underline">
            {CONTACT}
          </a>
          . We aim to reply within a few working days. We cannot answer personal medical questions,
          so please take those to a health professional.
        </p>
      </Section>
    </article>
  );
}
