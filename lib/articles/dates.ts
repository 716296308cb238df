// Content dates are calendar dates (YYYY-MM-DD); format them in UTC so a
// server in any time zone prints the same day.
const long = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(isoDate: string | Date): string {
  return long.format(typeof isoDate === "string" ? new Date(`${isoDate}T00:00:00Z`) : isoDate);
}
