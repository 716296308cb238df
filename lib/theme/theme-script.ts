/** Where a visitor's choice of theme is kept, in this browser only. */
export const THEME_STORAGE_KEY = "lbp-theme";

/**
 * Without a stored choice the site follows the system setting (pure CSS, app/globals.css).
 * A stored "light" or "dark" sets `data-theme` on <html>, which the CSS prefers over the
 * system. `data-js` on <html> shows the footer's theme button (it needs script); its label
 * ("Dark theme" / "Light theme") follows the theme in CSS, so it is right after any
 * navigation without this script running again. A click flips to the opposite of what shows.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement,k=${JSON.stringify(THEME_STORAGE_KEY)};d.dataset.js="";
try{var t=localStorage.getItem(k);if(t==="dark"||t==="light")d.dataset.theme=t}catch(e){}
document.addEventListener("click",function(e){if(!(e.target instanceof Element&&e.target.closest("[data-theme-toggle]")))return;
var dark=d.dataset.theme?d.dataset.theme==="dark":matchMedia("(prefers-color-scheme: dark)").matches,n=dark?"light":"dark";
d.dataset.theme=n;try{localStorage.setItem(k,n)}catch(x){}})})();`;
