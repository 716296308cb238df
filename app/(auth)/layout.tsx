import type { ReactNode } from "react";
import { PageShell } from "@/components/site/page-shell";
import { requestNonce } from "@/server/security/request-nonce";

// The sign-in pages render per request under the proxy's nonce policy (decision record 0002).
export default async function AuthLayout({ children }: { children: ReactNode }) {
  return <PageShell nonce={await requestNonce()}>{children}</PageShell>;
}
