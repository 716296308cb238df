// Postgres `text` cannot hold a NUL character and `jsonb` cannot hold a lone
// UTF-16 surrogate: either makes the write throw. Free text is checked here
// first so such input gets a field error instead of a failed request.

export const STORABLE_TEXT_MESSAGE =
  "This text contains a hidden character we can’t store. Please retype it.";

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** For `.refine` on optional text: null passes, text must be storable. */
export function isStorableOrNull(value: string | null): boolean {
  return value === null || isStorableText(value);
}
