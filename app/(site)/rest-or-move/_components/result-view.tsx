import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import type { Category } from "@/lib/rest-or-move/decide";
import { OUTCOMES } from "@/lib/rest-or-move/outcomes";
import {
  QUESTIONS,
  QUESTION_ORDER,
  type Answers,
  type Question,
} from "@/lib/rest-or-move/questions";

function answerLabel(answers: Answers, id: (typeof QUESTION_ORDER)[number]): string | undefined {
  const question: Question = QUESTIONS[id];
  return question.options.find((o) => o.value === answers[id])?.label;
}

export function ResultView({ category, answered }: { category: Category; answered: Answers }) {
  const outcome = OUTCOMES[category];
  const lists = [
    { title: "What to do", items: outcome.doThis, tone: "border-brand-200 bg-brand-50" },
    { title: "What to avoid", items: outcome.avoid, tone: "border-warn-700/30 bg-warn-50" },
    { title: "When to get assessed", items: outcome.getAssessed, tone: "border-gray-300 bg-white" },
  ];
  return (
    <section id="step" aria-labelledby="result-heading" className="mt-8">
      <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
        Your answers suggest
      </p>
      <h2
        id="result-heading"
        tabIndex={-1}
        className="mt-2 font-serif text-3xl leading-tight font-bold focus:outline-none"
      >
        <span
          aria-hidden="true"
          className="bg-brand-700 mr-2 inline-flex size-11 items-center justify-center rounded-full align-middle text-2xl text-white"
        >
          {category}
        </span>
        <span className="sr-only">Category {category}: </span>
        {outcome.title}
      </h2>
      <p className="mt-4 max-w-prose text-lg">{outcome.summary}</p>
      <div className="mt-8 grid gap-5 md:grid-cols-3">
        {lists.map((list) => (
          <section
            key={list.title}
            aria-label={list.title}
            className={`rounded-2xl border p-5 ${list.tone}`}
          >
            <h3 className="text-lg font-semibold">{list.title}</h3>
            <ul className="mt-3 list-disc space-y-2 pl-5">
              {list.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="mt-8 flex flex-wrap items-center gap-3">
        <ButtonLink href="/quiz">Take the 2-minute quiz</ButtonLink>
        <ButtonLink href="/articles/why-rest-can-make-back-pain-worse" variant="secondary">
          Why rest can make it worse
        </ButtonLink>
        <Link href="/rest-or-move" className="px-2 font-medium">
          Start again
        </Link>
      </div>
      <h3 className="mt-10 text-lg font-semibold">Your answers</h3>
      <dl className="divide-brand-100 border-brand-100 mt-3 divide-y rounded-2xl border">
        {QUESTION_ORDER.filter((id) => answered[id] !== undefined).map((id) => (
          <div key={id} className="grid gap-1 p-4 sm:grid-cols-[2fr_1fr]">
            <dt className="text-muted">{QUESTIONS[id].prompt}</dt>
            <dd className="font-medium">{answerLabel(answered, id)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
