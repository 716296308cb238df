/**
 * A plain in-page link rather than a scripted button: it works without
 * JavaScript, moves keyboard focus with the view (the target is focusable),
 * and adds nothing to the page's bundle.
 */
export function BackToTop({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className="fixed right-4 bottom-4 z-10 inline-flex items-center gap-1 rounded-full border border-brand-200 bg-white/95 px-4 py-2 text-sm font-semibold text-brand-800 no-underline shadow-md hover:bg-brand-50 print:hidden"
    >
      <span aria-hidden="true">↑</span> Back to top
    </a>
  );
}
