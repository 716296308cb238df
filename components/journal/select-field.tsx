import type { ComponentProps } from "react";
import { FieldErrors, inputClass } from "@/components/ui/field";

type SelectFieldProps = {
  label: string;
  name: string;
  errors?: string[];
  options: readonly { value: string; label: string }[];
} & Omit<ComponentProps<"select">, "name">;

/** A labelled select with its errors announced alongside, matching ui/Field. */
export function SelectField({
  label,
  name,
  errors,
  options,
  id,
  className = "",
  ...select
}: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="block font-medium">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        className={inputClass}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
