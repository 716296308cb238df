// What our users carry through Auth.js: the session version they signed in
// with, compared against users.session_version on every request.
import "next-auth";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}
