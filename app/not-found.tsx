import { NotFoundMessage } from "@/components/site/not-found-message";

// notFound() outside every route group (no page there calls it today). Unmatched
// URLs render app/global-not-found.tsx, which draws the site's shell.
export default function NotFound() {
  return (
    <main id="main" className="flex-1">
      <NotFoundMessage />
    </main>
  );
}
