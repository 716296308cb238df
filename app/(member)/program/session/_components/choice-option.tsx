"use client";

import type { ReactNode } from "react";

const SHAPES = {
  /** A number on a 0–10 scale. */
  square: "min-w-11 justify-center rounded-lg text-lg font-semibold tabular-nums",
  /** A word or two ("Too easy"). */
  pill: "rounded-full px-4 font-medium",
} as const;

type Props = {
  name: string;
  value: string | number;
  checked: boolean;
  onChange: () => void;
  shape: keyof typeof SHAPES;
  children: ReactNode;
};

/**
 * One answer of a radio group, drawn as a large tap target: the real radio stays in the page
 * (hidden visually) so arrow keys, forms and screen readers treat the group as radios.
 */
export function ChoiceOption({ name, value, checked, onChange, shape, children }: Props) {
  return (
    <label
      className={`has-checked:bg-brand-700 has-focus-visible:ring-brand-600 flex min-h-11 cursor-pointer items-center border border-gray-400 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-offset-2 ${SHAPES[shape]}`}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className="sr-only"
      />
      {children}
    </label>
  );
}
