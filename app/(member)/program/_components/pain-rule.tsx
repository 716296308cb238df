/**
 * How much pain is fine while exercising (docs/product.md §4): the same next-morning rule the
 * articles teach, said once on /program where people exercise.
 */
export function PainRule() {
  return (
    <section
      aria-labelledby="pain-rule-heading"
      className="border-brand-100 bg-brand-50 space-y-2 rounded-2xl border p-5 sm:p-6"
    >
      <h2 id="pain-rule-heading" className="text-lg font-semibold">
        How much pain is OK?
      </h2>
      <p>
        Some discomfort while you exercise is fine, as long as it stays manageable and settles back
        to your usual level by the next morning. If it is still higher the next day, do a little
        less next time rather than stopping. Hurting is not the same as harm.
      </p>
      <p>
        Stop and get help if you notice any of the{" "}
        <a className="underline" href="#warning-signs">
          warning signs at the end of this page
        </a>
        .
      </p>
    </section>
  );
}
