import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The frame every guest account page shares: one heading, one short intro, the form. */
export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-14">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {intro ? <div className="text-muted mt-2">{intro}</div> : null}
      <Card className="mt-6">{children}</Card>
      {footer ? <div className="mt-6 space-y-2 text-center">{footer}</div> : null}
    </div>
  );
}
