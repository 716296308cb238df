// Stand-in for the app's Auth.js instance (@/auth) in integration tests: no session cookie is
// read, sign-in succeeds, and sign-out throws the redirect it would send.
//
//   vi.mock("@/auth", () => import("./support/auth"));
import { RedirectSignal } from "../quiz-fakes";

export const auth = () => Promise.resolve(null);
export const signIn = () => Promise.resolve(undefined);
export const signOut = ({ redirectTo }: { redirectTo: string }) =>
  Promise.reject(new RedirectSignal(redirectTo));
export const handlers = {};
