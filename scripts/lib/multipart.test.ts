import { describe, expect, it } from "vitest";
import { hasField, replaceField } from "./multipart";

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

  it("refuses to replay a body that lacks the field", () => {
    expect(() => replaceField(body, "sleepHours", "7")).toThrow(/not found/);
  });
});
