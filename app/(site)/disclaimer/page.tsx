import { LegalDocument, legalMetadata } from "@/app/(site)/_components/legal-document";

export const metadata = legalMetadata("disclaimer");

export default function DisclaimerPage() {
  return <LegalDocument slug="disclaimer" />;
}
