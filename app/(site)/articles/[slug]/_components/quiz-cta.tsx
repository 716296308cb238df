import { ButtonLink } from "@/components/ui/button-link";

export function QuizCta() {
  return (
    <section
      aria-labelledby="quiz-cta-heading"
      className="bg-brand-800 mt-12 rounded-2xl p-6 text-white sm:p-8 print:hidden"
    >
      <h2 id="quiz-cta-heading" className="font-serif text-2xl font-bold">
        Which movements suit your back?
      </h2>
      <p className="text-brand-50 mt-2 max-w-prose">
        The two-minute quiz checks for warning signs first, then suggests your movement pattern and
        a plan to match. No account needed.
      </p>
      <ButtonLink href="/quiz" variant="secondary" className="mt-5">
        Take the 2-minute quiz
      </ButtonLink>
    </section>
  );
}
