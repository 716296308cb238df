import { LegalDocument, legalMetadata } from "@/components/articles/legal-document";

export const metadata = legalMetadata("terms");

export default function TermsPage() {
  return <LegalDocument slug="terms" />;
}
