"use client";

import { ButtonLink } from "@/components/ui/button-link";
import { ScreenHeading } from "./screen-heading";

/** The end: the save landed. */
export function SessionSaved({ message }: { message: string }) {
  return (
    <section aria-labelledby="saved-heading" className="space-y-4 text-center">
      <ScreenHeading id="saved-heading">Session saved</ScreenHeading>
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
