"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The title of one screen of the player. When a screen appears it is brought to the top of
 * the window (a phone was likely scrolled down to the last screen's buttons) and focused, so a
 * screen reader says it and the keyboard starts there. The scroll margin keeps the line just
 * above it (the exercise count) in view.
 */
export function ScreenHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1
      id={id}
      ref={ref}
      tabIndex={-1}
      className="scroll-mt-16 font-serif text-3xl font-bold focus:outline-none sm:text-4xl"
    >
      {children}
    </h1>
  );
}
