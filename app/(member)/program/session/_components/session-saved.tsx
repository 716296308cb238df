"use client";

import { useEffect, useRef } from "react";
import { ButtonLink } from "@/components/ui/button-link";

/** The end: the save landed. Focus moves to the news so a screen reader hears it. */
export function SessionSaved({ message }: { message: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="saved-heading" className="space-y-4 text-center">
      <h1
        id="saved-heading"
        ref={heading}
        tabIndex={-1}
        className="font-serif text-3xl font-bold focus:outline-none sm:text-4xl"
      >
        Session saved
      </h1>
      <p role="status" className="text-lg">
        {message}
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <ButtonLink href="/program#history-heading">See your program</ButtonLink>
        <ButtonLink href="/dashboard" variant="secondary">
          Dashboard
        </ButtonLink>
      </div>
    </section>
  );
}
