// Password length rules (OWASP ASVS 5: at least 8, 15 or more suggested, up
// to 128). A module without zod so forms can show the numbers without
// pulling the validator into the page.
export const PASSWORD_MIN = 8;
export const PASSWORD_SUGGESTED = 15;
export const PASSWORD_MAX = 128;
