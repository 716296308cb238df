import { LegalDocument, legalMetadata } from "@/components/articles/legal-document";

export const metadata = legalMetadata("disclaimer");

export default function DisclaimerPage() {
  return <LegalDocument slug="disclaimer" />;
}
