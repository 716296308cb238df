import { describe, expect, it } from "vitest";
import {
  COMMON_PASSWORD_MESSAGE,
  isCommonPassword,
  passwordPolicyIssue,
  PERSONAL_PASSWORD_MESSAGE,
} from "./password-policy";

describe("the common-password list", () => {
  it("holds thousands of the most common passwords of 8+ characters, matched case-insensitively", () => {
    for (const p of ["password", "12345678", "iloveyou", "sunshine", "PASSWORD1", "Qwertyuiop"])
      expect(isCommonPassword(p), p).toBe(true);
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
  });
});

describe("passwordPolicyIssue", () => {
  it("names a common password", () => {
    expect(passwordPolicyIssue("baseball")).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it("names the member's own email, name or the site's name", () => {
    expect(passwordPolicyIssue("jo.bloggs@example.test", { email: "Jo.Bloggs@example.test" })).toBe(
      PERSONAL_PASSWORD_MESSAGE,
    );
    expect(passwordPolicyIssue("jo.bloggs123", { email: "jo.bloggs@example.test" })).toBe(
      PERSONAL_PASSWORD_MESSAGE,
    );
    expect(passwordPolicyIssue("Christabel", { name: "christabel" })).toBe(
      PERSONAL_PASSWORD_MESSAGE,
    );
    expect(passwordPolicyIssue("lbpfix123")).toBe(PERSONAL_PASSWORD_MESSAGE);
  });

  it("leaves length to the schema and accepts anything else", () => {
    expect(passwordPolicyIssue("short")).toBeNull();
    expect(passwordPolicyIssue("my walk to the bakery")).toBeNull();
  });

  it("F15: refuses space-padded common passwords, look-alike variants, repeats and all spaces", () => {
    for (const weak of [
      "  password  ",
      "Passw0rd!",
      "P@ssword123",
      "aaaaaaaa",
      "        ",
      "11111111",
    ]) {
      expect(passwordPolicyIssue(weak), JSON.stringify(weak)).toBe(COMMON_PASSWORD_MESSAGE);
    }
    expect(passwordPolicyIssue("a calm walk every morning 42")).toBeNull();
    expect(passwordPolicyIssue("Tr0mbone-Ladder-Oak")).toBeNull();
  });
});
