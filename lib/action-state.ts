import type { z } from "zod";

// The one result shape every server action returns, so every form renders
// errors, kept values and messages the same way.
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  /** Every failing field with all its messages, keyed by field name. */
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, so a failed submit never empties the form. */
  values?: Record<string, string>;
  /**
   * A value the page shows once and nobody can fetch again (a new share link's URL): it lives
   * only in this response, never in the database.
   */
  shownOnce?: string;
};

export const idleState: ActionState = { status: "idle" };

const SECRET_FIELDS = /password|token/i;

/** FormData as plain strings (repeated names become arrays), minus Next's internal fields. */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? raw : raw.name;
    const existing = out[key];
    // Appended in place: copying the array for every repeat was quadratic in
    // the number of repeats, which a 1 MB body can make tens of thousands.
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/**
 * Longer than any field of any form: what a form can have produced comes back
 * whole, a megabyte posted by a script does not travel back with the refusal.
 */
const KEPT_VALUE_MAX = 10_000;

/** Echoes typed values back, never passwords or tokens. */
export function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, raw] of Object.entries(formFields(formData))) {
    if (SECRET_FIELDS.test(key)) continue;
    values[key] = (Array.isArray(raw) ? raw.join("\n") : raw).slice(0, KEPT_VALUE_MAX);
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function invalid(
  error: z.ZodError,
  formData: FormData,
  message = "Please check the highlighted fields.",
): ActionState {
  return {
    status: "error",
    message,
    fieldErrors: fieldErrorsOf(error),
    values: keptValues(formData),
  };
}

/** One field's error found after parsing (a wrong password, a date already taken), shown like a schema error. */
export function fieldError(field: string, message: string, formData?: FormData): ActionState {
  return {
    status: "error",
    message: "Please check the highlighted fields.",
    fieldErrors: { [field]: [message] },
    values: formData ? keptValues(formData) : undefined,
  };
}

export function failure(message: string, formData?: FormData): ActionState {
  return { status: "error", message, values: formData ? keptValues(formData) : undefined };
}
