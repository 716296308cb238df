/**
 * "jane@example.org" → "j•••@example.org": enough for a moderator to spot a
 * throwaway domain, while the address itself never appears on any page.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
