"use client";

import { useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import { ChromeLink } from "./chrome-link";

// The public header's one island. Public pages are prerendered for everyone, so the server
// always draws the guest links; after hydration this reads the "signed in" hint cookie and
// swaps them for the member's. The hint opens nothing: /dashboard checks the real session.
// Read straight from document.cookie, with no library: the article page has a few hundred
// bytes left in its 140 KB budget (e2e/js-budget.spec.ts).

// A page restored from the back-forward cache after signing in or out reads the cookie again.
function subscribe(onChange: () => void) {
  addEventListener("pageshow", onChange);
  return () => removeEventListener("pageshow", onChange);
}
const readHint = () => hasSignedInHint(document.cookie);
const asGuest = () => false;

const quiet = "hover:bg-brand-50 rounded-full px-3 py-2 text-sm font-medium no-underline";
const primary =
  "bg-brand-700 hover:bg-brand-800 rounded-full px-4 py-2 text-sm font-semibold text-white no-underline";

export function HeaderAccountLinks() {
  const member = useSyncExternalStore(subscribe, readHint, asGuest);
  return (
    <div className="flex items-center gap-2">
      {member ? (
        <>
          <ChromeLink href="/account" className={quiet}>
            Account
          </ChromeLink>
          <ChromeLink href="/dashboard" className={primary}>
            My dashboard
          </ChromeLink>
        </>
      ) : (
        <>
          <ChromeLink href="/sign-in" className={quiet}>
            Sign in
          </ChromeLink>
          <ChromeLink href="/quiz" className={primary}>
            Get started
          </ChromeLink>
        </>
      )}
    </div>
  );
}
