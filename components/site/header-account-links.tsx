"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";

// The public header's one island. Public pages are prerendered for everyone, so the server
// draws the guest links into the HTML; after hydration this reads the "signed in" hint cookie
// and shows the member's links instead. The hint opens nothing: /dashboard checks the real
// session. Both sets of links arrive as props rendered on the server, so the island itself is
// a few hundred bytes: the article page has about that much left in its 140 KB budget
// (e2e/js-budget.spec.ts). Hence document.cookie read directly, with no library.

// A page restored from the back-forward cache after signing in or out reads the cookie again.
function subscribe(onChange: () => void) {
  addEventListener("pageshow", onChange);
  return () => removeEventListener("pageshow", onChange);
}
const readHint = () => hasSignedInHint(document.cookie);
const asGuest = () => false;

export function HeaderAccountLinks({ guest, member }: { guest: ReactNode; member: ReactNode }) {
  return useSyncExternalStore(subscribe, readHint, asGuest) ? member : guest;
}
