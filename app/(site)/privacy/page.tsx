import { LegalDocument, legalMetadata } from "@/components/articles/legal-document";

export const metadata = legalMetadata("privacy");

export default function PrivacyPage() {
  return <LegalDocument slug="privacy" />;
}
