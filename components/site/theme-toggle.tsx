/**
 * Switches between the light and dark themes; the inline theme script (theme-script.tsx)
 * handles the click and shows the button, so this is plain HTML with no JavaScript of its
 * own. The label names the theme it switches to, chosen in CSS (globals.css, "Theme").
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      className="theme-toggle border-brand-200 text-ink hover:bg-brand-100 min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-medium"
    >
      <span aria-hidden="true">◐</span>
      <span className="theme-to-dark">Dark theme</span>
      <span className="theme-to-light">Light theme</span>
    </button>
  );
}
