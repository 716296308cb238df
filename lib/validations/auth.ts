import { z } from "zod";
import { boundedText, shortString } from "./bounded-text";
import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_SUGGESTED } from "./password-limits";

// One schema per form, shared by the client (zodResolver) and the server
// action. Password rules follow OWASP ASVS 5 (V6.2): at least 8 characters
// (15 suggested), at most 128, any characters, no composition rules. The
// common-password check needs the server-side list, so the server adds it
// (server/auth/password-policy.ts). Every field is measured first and refused
// unread when too long (bounded-text.ts, security review F1): nothing after
// the length check ever sees a megabyte.

export { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_SUGGESTED };

export const EmailSchema = boundedText(254, "An email address has at most 254 characters.", {
  missing: "Enter your email address.",
})
  .min(1, "Enter your email address.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const NameSchema = boundedText(100, "Use at most 100 characters.", {
  missing: "Enter your name.",
})
  .min(1, "Enter your name.")
  // Control characters (tabs, line breaks, NUL, which Postgres text refuses) never belong in a name.
  .regex(/^\P{Cc}*$/u, "Use letters, spaces and punctuation only (no tabs or line breaks).");

/** A password being chosen. */
export const NewPasswordSchema = shortString(
  PASSWORD_MAX,
  `Use at most ${PASSWORD_MAX} characters.`,
  "Choose a password.",
).min(
  PASSWORD_MIN,
  `Use at least ${PASSWORD_MIN} characters (${PASSWORD_SUGGESTED} or more is better).`,
);

/** A password being checked: every length that could have been set is allowed. */
const EnteredPasswordSchema = (message: string) =>
  shortString(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`, message).min(
    1,
    message,
  );

export const SignUpSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
});

export const SignInSchema = z.object({
  email: EmailSchema,
  password: EnteredPasswordSchema("Enter your password."),
});

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

export const ResetPasswordSchema = z.object({
  token: shortString(200, "This link is not valid.", "This link is incomplete.").min(
    1,
    "This link is incomplete.",
  ),
  password: NewPasswordSchema,
});

export const ChangeNameSchema = z.object({ name: NameSchema });

export const ChangeEmailSchema = z.object({
  email: EmailSchema,
  currentPassword: EnteredPasswordSchema("Enter your current password."),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: EnteredPasswordSchema("Enter your current password."),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });

export const DeleteAccountSchema = z.object({
  password: EnteredPasswordSchema("Enter your password to confirm."),
});

/** Members without a password (social sign-in) confirm deletion by typing their email. */
export const ConfirmByEmailSchema = z.object({
  email: boundedText(254, "Type your account’s email exactly.", {
    missing: "Type your account’s email to confirm.",
  }).min(1, "Type your account’s email to confirm."),
});
