"use client";

import { ChoiceOption } from "./choice-option";

type Props = {
  legend: string;
  name: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  /** What the two ends mean, e.g. "0 no pain" / "10 worst imaginable". */
  lowLabel: string;
  highLabel: string;
  error?: string;
};

/**
 * A 0–10 (or 1–10) answer as a row of large radio buttons: one tap on a phone, arrow keys on
 * a keyboard (native radios), and read as "3, 4 of 11" by a screen reader.
 */
export function NumberScale({
  legend,
  name,
  min,
  max,
  value,
  onChange,
  lowLabel,
  highLabel,
  error,
}: Props) {
  const errorId = error ? `${name}-error` : undefined;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="font-medium">
        {legend} <span className="text-muted font-normal">(required)</span>
      </legend>
      <div className="mt-2 grid grid-cols-6 gap-2 sm:flex sm:flex-wrap">
        {values.map((n) => (
          <ChoiceOption
            key={n}
            name={name}
            value={n}
            checked={value === n}
            onChange={() => onChange(n)}
            shape="square"
          >
            {n}
          </ChoiceOption>
        ))}
      </div>
      <p className="text-muted mt-1 flex justify-between text-sm">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </p>
      {error ? (
        <p id={errorId} className="text-danger-700 mt-1 text-sm font-medium">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
