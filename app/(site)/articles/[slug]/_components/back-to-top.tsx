import styles from "./back-to-top.module.css";

/**
 * A plain in-page link rather than a scripted button: it works without
 * JavaScript, moves keyboard focus with the view (the target is focusable),
 * and adds nothing to the page's bundle.
 */
export function BackToTop({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      className={`${styles.reveal} border-brand-200 text-brand-800 hover:bg-brand-50 fixed right-4 bottom-4 z-10 inline-flex items-center gap-1 rounded-full border bg-white/95 px-4 py-2 text-sm font-semibold no-underline shadow-md print:hidden`}
    >
      <span aria-hidden="true">↑</span> Back to top
    </a>
  );
}
