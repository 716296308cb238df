"use client";

import { useEffect } from "react";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Something went wrong on our side</h1>
      <p className="text-muted mt-4 text-lg">
        Nothing you did caused this. What you typed has not been lost if you go back. Please try
        again in a moment.
      </p>
      {error.digest ? <p className="text-muted mt-2 text-sm">Reference: {error.digest}</p> : null}
      <div className="mt-8 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-700 hover:bg-brand-800 min-h-11 rounded-full px-6 py-2.5 font-semibold text-white"
        >
          Try again
        </button>
        {/* A full page load, not a client navigation: after an error the router state is suspect,
            and it keeps next/link's client code out of every page's error boundary. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/"
          className="border-brand-600 inline-flex min-h-11 items-center rounded-full border px-6 py-2.5 font-semibold no-underline"
        >
          Go home
        </a>
      </div>
    </main>
  );
}
