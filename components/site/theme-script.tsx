import { THEME_SCRIPT } from "@/lib/theme/theme-script";

/**
 * Applies a chosen theme before the first paint and wires the footer's theme button, as an
 * inline script: it runs while the page is still parsing, so someone who picked dark on a
 * light system never sees a white flash, and it costs no JavaScript bundle. Static pages allow
 * inline scripts; pages rendered per request pass the request's CSP nonce.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
