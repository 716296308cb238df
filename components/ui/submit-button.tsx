"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClassName } from "./button-class";

/** Disables itself and says so while its form's action runs. */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  pending: pendingProp,
}: {
  children: ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClassName(variant)}
    >
      {pending ? (pendingText ?? "Saving…") : children}
    </button>
  );
}
