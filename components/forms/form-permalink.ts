"use client";

import { useId } from "react";

/**
 * The `permalink` to give useActionState, so a server-action form renders with an `action`
 * attribute. Without one React writes `action=""`, which HTML does not allow (the W3C
 * checker fails it, e2e/html-validity.spec.ts). A fragment of the page itself keeps the
 * no-JavaScript post going to the page it came from, query string included; and React keys
 * that post's answer by the permalink, so each form gets its own (useId, like React's own key).
 */
export function useFormPermalink(): string {
  return `#${useId()}`;
}
