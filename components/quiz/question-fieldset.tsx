import type { Ref } from "react";
import { FieldErrors } from "@/components/ui/field";
import type { QuestionV2 } from "@/lib/quiz/v2/questions";

/**
 * One question as a native radio group (or checkboxes for a multi-select): arrow keys move
 * between options, Enter submits, and the legend (the question) names the group for screen
 * readers. Each input carries the answer key as its `name` (docs/product.md §3).
 */
export function QuestionFieldset({
  question,
  value,
  onChoose,
  heading,
  headingRef,
  fieldsetRef,
  errors,
  errorId,
}: {
  question: QuestionV2;
  value: string | number | string[] | undefined;
  onChoose: (value: string, checked: boolean) => void;
  heading: string;
  headingRef: Ref<HTMLHeadingElement>;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  errors?: string[];
  errorId: string;
}) {
  const helpId = question.help ? `${question.key}-help` : undefined;
  const describedBy =
    [helpId, errors?.length ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  const scale = question.kind === "scale";
  const multi = question.kind === "multi";
  const isChecked = (option: string | number) =>
    Array.isArray(value) ? value.includes(String(option)) : value === option;
  return (
    <fieldset ref={fieldsetRef} aria-describedby={describedBy}>
      <legend className="mb-3">
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="text-xl leading-snug font-bold focus:outline-none sm:text-2xl"
        >
          <span className="text-brand-700 mb-1 block text-sm font-semibold tracking-wide uppercase">
            {heading}
          </span>
          {question.prompt}
        </h2>
      </legend>
      {question.help ? (
        <p id={helpId} className="text-muted -mt-1 mb-3">
          {question.help}
        </p>
      ) : null}
      <div className={scale ? "grid grid-cols-6 gap-2 sm:grid-cols-11" : "grid gap-2.5"}>
        {question.options.map((option) => {
          const id = `${question.key}-${String(option.value)}`;
          return (
            <label
              key={id}
              htmlFor={id}
              className={`has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-brand-600 flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 border-gray-300 bg-white text-base has-[:focus-visible]:outline has-[:focus-visible]:outline-3 ${scale ? "flex-col justify-center gap-1 px-1 py-2 font-semibold" : "px-4 py-3"}`}
            >
              <input
                id={id}
                type={multi ? "checkbox" : "radio"}
                name={question.key}
                value={String(option.value)}
                checked={isChecked(option.value)}
                onChange={(event) => onChoose(event.target.value, event.target.checked)}
                className="accent-brand-700 size-5 shrink-0"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
