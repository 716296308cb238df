// Dates in long form ("23 November 2026"): content dates (YYYY-MM-DD) and the instants shown
// beside them, such as when a quiz was taken. Formatted in UTC so a server in any time zone
// prints the same day; the one way the site writes a long date.
const long = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(isoDate: string | Date): string {
  return long.format(typeof isoDate === "string" ? new Date(`${isoDate}T00:00:00Z`) : isoDate);
}
