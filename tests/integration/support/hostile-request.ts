// Stand-in for next/headers in the hostile-input tests: the quiz cookie jar, and a new random
// client address on every call so no per-address limit is what refuses a flood.
//
//   vi.mock("next/headers", () => import("./support/hostile-request"));
import { cookieJar } from "../quiz-fakes";
import { randomIp } from "./hostile-arbitraries";

export const cookies = () => Promise.resolve(cookieJar.store);
export const headers = () => Promise.resolve(new Headers({ "x-forwarded-for": randomIp() }));
