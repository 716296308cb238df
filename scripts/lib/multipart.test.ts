import { describe, expect, it } from "vitest";
import { hasField, journalSaveBody, replaceField } from "./multipart";

const body = [
  "------b",
  'Content-Disposition: form-data; name="1_email"',
  "",
  "a@example.test",
  "------b",
  'Content-Disposition: form-data; name="1_pain"',
  "",
  "3",
  "------b--",
  "",
].join("\r\n");

describe("replaying a recorded multipart action body", () => {
  it("swaps one field's value and leaves the others", () => {
    const out = replaceField(replaceField(body, "email", "b@example.test"), "pain", "7");
    expect(out).toContain("\r\n\r\nb@example.test\r\n");
    expect(out).toContain('name="1_pain"\r\n\r\n7\r\n');
    expect(hasField(out, "email")).toBe(true);
  });

  it("swaps fields in the shape Chromium records from a React 19 form action", () => {
    const recorded = [
      "------WebKitFormBoundaryX",
      'Content-Disposition: form-data; name="_1_$ACTION_KEY"',
      "",
      "k1e3a",
      "------WebKitFormBoundaryX",
      'Content-Disposition: form-data; name="_1_email"',
      "",
      "demo@lbpfix.test",
      "------WebKitFormBoundaryX",
      'Content-Disposition: form-data; name="_1_pain"',
      "",
      "3",
      "------WebKitFormBoundaryX",
      'Content-Disposition: form-data; name="_1_worstPain"',
      "",
      "5",
      "------WebKitFormBoundaryX--",
      "",
    ].join("\r\n");
    const out = replaceField(replaceField(recorded, "email", "load-007@load.test"), "pain", "9");
    expect(out).toContain('name="_1_email"\r\n\r\nload-007@load.test\r\n');
    expect(out).toContain('name="_1_pain"\r\n\r\n9\r\n');
    expect(out).toContain('name="_1_worstPain"\r\n\r\n5\r\n'); // a longer name ending in the field is not touched
    expect(out).toContain('name="_1_$ACTION_KEY"\r\n\r\nk1e3a\r\n');
    expect(replaceField(recorded, "email", "a$&b@x.test")).toContain("\r\na$&b@x.test\r\n");
  });

  it("refuses to replay a body that lacks the field", () => {
    expect(() => replaceField(body, "sleepHours", "7")).toThrow(/not found/);
  });

  it("turns a recorded edit of an existing entry into the save of a new day", () => {
    const edit = ["id", "date", "pain", "worstPain"]
      .map(
        (name, i) =>
          `------b\r\nContent-Disposition: form-data; name="_1_${name}"\r\n\r\n${["08e871de-19b2-4762-9fab-a26d7052c703", "2026-11-23", "3", "5"][i]}\r\n`,
      )
      .join("")
      .concat("------b--\r\n");
    const out = journalSaveBody(edit, { date: "2025-01-02", pain: 10 });
    expect(out).toContain('name="_1_id"\r\n\r\n\r\n');
    expect(out).toContain('name="_1_date"\r\n\r\n2025-01-02\r\n');
    expect(out).toContain('name="_1_pain"\r\n\r\n10\r\n');
    expect(out).toContain('name="_1_worstPain"\r\n\r\n10\r\n');
  });
});
