import type { ComponentProps, ReactNode } from "react";

type FieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<ComponentProps<"input">, "name">;

export const inputClass =
  "mt-1 block w-full rounded-lg border border-gray-400 bg-white px-3 py-2.5 text-base text-ink shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:border-danger-700";

/**
 * A labelled input whose hint and errors are announced with it (aria-describedby). A
 * `required` field says so in its label, in words (the forms validate themselves, so the
 * attribute only tells assistive technology).
 */
export function Field({
  label,
  name,
  errors,
  hint,
  id,
  className = "",
  // Explicit although HTML defaults to text: checkers read autocomplete="name" on an input
  // with no type as a mismatch (HTML_CodeSniffer H98, which then crashes on its message).
  type = "text",
  ...input
}: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block font-medium">
        {label}
        {input.required ? <span className="text-muted font-normal"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-muted mt-0.5 text-sm">
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        name={name}
        type={type}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClass}
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="text-danger-700 mt-1 space-y-0.5 text-sm font-medium">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
