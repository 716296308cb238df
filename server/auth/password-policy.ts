import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/auth";

// The server half of the password rules: a chosen password must not be one
// of the most common ones (OWASP ASVS 5, V6.2.4) nor the member's own email
// or name or the site's name (V6.2.11). The list ships with the app and is
// read once per process, on first use; the browser never downloads it.

export const COMMON_PASSWORD_MESSAGE =
  "This password is too common. Try a longer phrase only you would think of.";
export const PERSONAL_PASSWORD_MESSAGE =
  "Don’t use your name, your email or the site’s name as your password.";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(process.cwd(), "server", "auth", "common-passwords.txt");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    common = new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#")));
  }
  return common;
}

/**
 * The forms of a password checked against the list (security F15): as typed, trimmed, and with
 * the usual dressing-up undone — letters swapped for look-alike digits and symbols, and digits
 * or symbols added at the end ("Passw0rd!" is "password").
 */
export function commonPasswordForms(password: string): string[] {
  const trimmed = password.trim().toLowerCase();
  const plain = trimmed.replace(/[0-9!@#$%^&*?.]+$/, "");
  const unleet = (text: string) =>
    text.replace(
      /[0134578@$!]/g,
      (c) =>
        ({
          "0": "o",
          "1": "i",
          "3": "e",
          "4": "a",
          "5": "s",
          "7": "t",
          "8": "b",
          "@": "a",
          $: "s",
          "!": "i",
        })[c] ?? c,
    );
  return [...new Set([password.toLowerCase(), trimmed, plain, unleet(trimmed), unleet(plain)])];
}

export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  return commonPasswordForms(password).some((form) => form.length >= 4 && list.has(form));
}

/** All spaces, or one character repeated ("aaaaaaaa", "        "): no secret at all. */
export function isTrivialPassword(password: string): boolean {
  return password.trim() === "" || new Set(password).size === 1;
}

function isPersonal(password: string, context: { email?: string; name?: string }): boolean {
  const p = password.trim().toLowerCase();
  const email = context.email?.trim().toLowerCase();
  const words = [
    email,
    email?.split("@")[0],
    context.name?.trim().toLowerCase(),
    "lbpfix",
    "lbp fix",
  ];
  return words.some((w) => w && w.length >= 3 && (p === w || p === `${w}123` || p === `${w}1`));
}

/** The problem with a new password beyond its length, or null. */
export function passwordPolicyIssue(
  password: string,
  context: { email?: string; name?: string } = {},
): string | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return null; // the schema says why
  if (isTrivialPassword(password) || isCommonPassword(password)) return COMMON_PASSWORD_MESSAGE;
  if (isPersonal(password, context)) return PERSONAL_PASSWORD_MESSAGE;
  return null;
}

/**
 * Adds the policy to a form schema on the server, reported on `field` next
 * to any other errors of the form.
 */
export function withPasswordPolicy<T extends Record<string, unknown>>(
  schema: z.ZodType<T>,
  field: keyof T & string,
  context: (value: T) => { email?: string; name?: string } = () => ({}),
) {
  return schema.superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null) return;
    const password = value[field];
    if (typeof password !== "string") return;
    const issue = passwordPolicyIssue(password, context(value));
    if (issue) ctx.addIssue({ code: "custom", path: [field], message: issue });
  });
}
