import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";

export const INVALID_CREDENTIALS_MESSAGE =
  "That email and password don’t match an account. Check both and try again.";
export const TOO_MANY_ATTEMPTS_MESSAGE =
  "Too many sign-in attempts. Please wait a few minutes and try again, or reset your password.";

/**
 * Signs in with email and password from a server action, setting the session
 * cookie. Returns the message to show, or null on success. The caller
 * redirects afterwards (signIn's own redirect would throw past our checks).
 */
export async function signInWithPassword({
  email,
  password,
}: {
  email: string;
  password: string;
}): Promise<string | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return (error as AuthError & { code?: string }).code === "throttled"
        ? TOO_MANY_ATTEMPTS_MESSAGE
        : INVALID_CREDENTIALS_MESSAGE;
    }
    throw error;
  }
}
