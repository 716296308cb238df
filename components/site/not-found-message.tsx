import { ButtonLink } from "@/components/ui/button-link";

/**
 * What a 404 says, without the page around it. The root not-found page wraps it in the
 * public header and footer; inside a layout that already draws them (member, public, auth,
 * admin), the segment's own not-found.tsx renders it bare, so a member who follows a link to
 * someone else's result sees one header, their own, not a second one offering "Sign in".
 */
export function NotFoundMessage() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">We couldn’t find that page</h1>
      <p className="text-muted mt-4 text-lg">
        The link may be old, or the page may belong to another account. Here are some places to
        start.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/">Home</ButtonLink>
        <ButtonLink href="/articles" variant="secondary">
          Articles
        </ButtonLink>
        <ButtonLink href="/quiz" variant="secondary">
          Take the quiz
        </ButtonLink>
      </div>
    </div>
  );
}
