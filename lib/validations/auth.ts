import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_SUGGESTED } from "./password-limits";

// One schema per form, shared by the client (zodResolver) and the server
// action. Password rules follow OWASP ASVS 5 (V6.2): at least 8 characters
// (15 suggested), at most 128, any characters, no composition rules. The
// common-password check needs the server-side list, so the server adds it
// (server/auth/password-policy.ts).

export { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_SUGGESTED };

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const NameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.")
  // Control characters (tabs, line breaks, NUL, which Postgres text refuses) never belong in a name.
  .regex(/^\P{Cc}*$/u, "Use letters, spaces and punctuation only (no tabs or line breaks).");

/** A password being chosen. */
export const NewPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters (${PASSWORD_SUGGESTED} or more is better).`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** A password being checked: every length that could have been set is allowed. */
const EnteredPasswordSchema = (message: string) =>
  z.string({ error: message }).min(1, message).max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters.`);

export const SignUpSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: EnteredPasswordSchema("Enter your password."),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const ForgotPasswordSchema = z.object({ email: EmailSchema });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordSchema>;

export const ResetPasswordSchema = z.object({
  token: z.string({ error: "This link is incomplete." }).min(1, "This link is incomplete.").max(200, "This link is not valid."),
  password: NewPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const ChangeNameSchema = z.object({ name: NameSchema });
export type ChangeNameInput = z.infer<typeof ChangeNameSchema>;

export const ChangeEmailSchema = z.object({
  email: EmailSchema,
  currentPassword: EnteredPasswordSchema("Enter your current password."),
});
export type ChangeEmailInput = z.infer<typeof ChangeEmailSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: EnteredPasswordSchema("Enter your current password."),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const DeleteAccountSchema = z.object({
  password: EnteredPasswordSchema("Enter your password to confirm."),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountSchema>;

/** Members without a password (social sign-in) confirm deletion by typing their email. */
export const ConfirmByEmailSchema = z.object({ email: z.string().trim().min(1, "Type your account’s email to confirm.") });
