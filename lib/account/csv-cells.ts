// Cells for the exports' CSV files (RFC 4180: comma-separated, CRLF lines, quotes doubled),
// for a spreadsheet or a clinician. Text a member typed is defused against formula injection:
// a cell starting with = + - @ or a control character is prefixed with an apostrophe, which
// spreadsheets show as plain text. So is every such character that starts a piece after a ; ,
// tab or line break (optionally after spaces or a quote): a spreadsheet set to split on ";" or
// a parser that ends rows at a line break inside quotes would otherwise see a formula there
// (security F12).

export function textCell(value: string | null): string {
  if (value === null || value === "") return "";
  // Linear: each alternative consumes at most a few characters before the formula character.
  const defused = value.replace(/(^|[;,\t\r\n][ \t]*["']?)([=+\-@\t\r])/g, "$1'$2");
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

export function numberCell(value: number | null): string {
  return value === null ? "" : String(value);
}

/** A header line and one line per row of ready-made cells, each line ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly string[][]): string {
  return [header, ...rows].map((cells) => `${cells.join(",")}\r\n`).join("");
}
