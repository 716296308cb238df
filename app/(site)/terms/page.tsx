import { LegalDocument, legalMetadata } from "@/app/(site)/_components/legal-document";

export const metadata = legalMetadata("terms");

export default function TermsPage() {
  return <LegalDocument slug="terms" />;
}
