// Recorded server-action requests are multipart bodies. To replay one for
// another member or another day, swap the value of one named part; React's
// encoding prefixes field names with the argument index ("1_pain"), so a
// field is matched by its name's suffix.

export function replaceField(body: string, field: string, value: string): string {
  const re = new RegExp(`(name="(?:\\d+_)?${field}"\\r\\n\\r\\n)([^\\r]*)(\\r\\n)`);
  if (!re.test(body)) throw new Error(`field ${field} not found in the recorded request`);
  return body.replace(re, `$1${value}$3`);
}

export function hasField(body: string, field: string): boolean {
  return new RegExp(`name="(?:\\d+_)?${field}"`).test(body);
}
