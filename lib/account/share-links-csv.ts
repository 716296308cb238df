import { csvDocument, numberCell } from "./csv-cells";

// The member's share links as CSV (docs/product.md §9): what each one shows, its life and how
// often it was opened. Never the token or its hash: the raw token was never stored, and the
// hash would only help someone forge a lookup. No text in it was typed by anyone.

export type ShareLinkCsvRow = {
  from: string;
  to: string;
  sections: readonly string[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
  viewCount: number;
};

export const SHARE_LINKS_CSV_HEADER = [
  "from",
  "to",
  "sections",
  "created_at",
  "expires_at",
  "revoked_at",
  "last_viewed_at",
  "view_count",
] as const;

const instant = (value: Date | null) => (value ? value.toISOString() : "");

export function shareLinksToCsv(links: readonly ShareLinkCsvRow[]): string {
  return csvDocument(
    SHARE_LINKS_CSV_HEADER,
    links.map((l) => [
      l.from,
      l.to,
      // Section ids are fixed words without commas; ";" keeps them in one cell.
      l.sections.join(";"),
      instant(l.createdAt),
      instant(l.expiresAt),
      instant(l.revokedAt),
      instant(l.lastViewedAt),
      numberCell(l.viewCount),
    ]),
  );
}
