// Recorded server-action requests are multipart bodies. To replay one for
// another member or another day, swap the value of one named part. React's
// encoding prefixes a form's field names with its reference id: "_1_pain"
// as recorded from Chromium (React 19.3), "1_pain" in older encodings, so a
// field is matched by its name after that optional prefix.

export function replaceField(body: string, field: string, value: string): string {
  const re = new RegExp(`(name="(?:_?\\d+_)?${field}"\\r\\n\\r\\n)([^\\r]*)(\\r\\n)`);
  if (!re.test(body)) throw new Error(`field ${field} not found in the recorded request`);
  return body.replace(
    re,
    (_, head: string, _old: string, tail: string) => `${head}${value}${tail}`,
  ); // no `$` patterns in value
}

export function hasField(body: string, field: string): boolean {
  return new RegExp(`name="(?:_?\\d+_)?${field}"`).test(body);
}

/**
 * A recorded journal save turned into the save of a new day. The form the
 * browser recorded may have been the edit form of an entry already logged
 * (the demo member has one for today): its `id` would make every replay an
 * edit that moves that one entry to another date. Blanking it makes each
 * replay "the entry for this date", as a member saving a new day sends it.
 */
export function journalSaveBody(
  recorded: string,
  { date, pain }: { date: string; pain: number },
): string {
  let body = hasField(recorded, "id") ? replaceField(recorded, "id", "") : recorded;
  body = replaceField(body, "date", date);
  body = replaceField(body, "pain", String(pain));
  return replaceField(body, "worstPain", String(Math.min(10, pain + 1)));
}
