// Stand-in for next/navigation in integration tests: redirect() and notFound() throw the
// signals from quiz-fakes.ts, which tests catch and read (redirectOf, expectNotFound).
//
//   vi.mock("next/navigation", () => import("./support/next-navigation"));
import { NotFoundSignal, RedirectSignal } from "../quiz-fakes";

export function redirect(url: string): never {
  throw new RedirectSignal(url);
}

export function notFound(): never {
  throw new NotFoundSignal();
}
