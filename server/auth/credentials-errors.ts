import "server-only";
import { CredentialsSignin } from "next-auth";

// Codes travel from authorize() to the sign-in action. Neither says whether
// the email exists.
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

export class TooManyAttempts extends CredentialsSignin {
  override code = "throttled";
}
