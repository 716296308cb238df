import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ButtonLink } from "@/components/ui/button-link";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
        <h1 className="font-serif text-3xl font-bold">We couldn’t find that page</h1>
        <p className="mt-4 text-lg text-muted">
          The link may be old, or the page may belong to another account. Here are some places to start.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/">Home</ButtonLink>
          <ButtonLink href="/articles" variant="secondary">Articles</ButtonLink>
          <ButtonLink href="/quiz" variant="secondary">Take the quiz</ButtonLink>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
