import { describe, expect, it } from "vitest";
import { ChangePasswordSchema, SignInSchema, SignUpSchema } from "./auth";

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  result.success
    ? []
    : (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("account form schemas", () => {
  it("report every failing field at once, with messages fit to show beside it", () => {
    expect(
      messages(SignUpSchema.safeParse({ name: " ", email: "nope", password: "short" })),
    ).toEqual([
      "name: Enter your name.",
      "email: Enter an email address like name@example.com.",
      "password: Use at least 8 characters (15 or more is better).",
    ]);
  });

  it("refuse control characters in a name (NUL would fail in the database)", () => {
    expect(
      messages(
        SignUpSchema.safeParse({
          name: "Ana\u0000Bee",
          email: "a@example.test",
          password: "long enough passphrase",
        }),
      ),
    ).toEqual(["name: Use letters, spaces and punctuation only (no tabs or line breaks)."]);
    expect(
      SignUpSchema.safeParse({
        name: "Zoë O’Brien-Łukasz",
        email: "a@example.test",
        password: "long enough passphrase",
      }).success,
    ).toBe(true);
  });

  it("trim names and emails but never passwords", () => {
    const parsed = SignUpSchema.parse({
      name: "  Ana  ",
      email: " ana@example.test ",
      password: "  spaced passphrase  ",
    });
    expect(parsed).toEqual({
      name: "Ana",
      email: "ana@example.test",
      password: "  spaced passphrase  ",
    });
  });

  it("have no composition rules: lowercase letters and spaces alone are fine", () => {
    expect(
      SignUpSchema.safeParse({
        name: "A",
        email: "a@example.test",
        password: "all lower case words",
      }).success,
    ).toBe(true);
  });

  it("sign-in accepts any stored-length password, so old accounts still sign in", () => {
    expect(SignInSchema.safeParse({ email: "a@example.test", password: "x" }).success).toBe(true);
    expect(messages(SignInSchema.safeParse({ email: "", password: "" }))).toEqual([
      "email: Enter your email address.",
      "password: Enter your password.",
    ]);
  });

  it("a new password must differ from the current one", () => {
    expect(
      messages(
        ChangePasswordSchema.safeParse({
          currentPassword: "same old passphrase",
          newPassword: "same old passphrase",
        }),
      ),
    ).toEqual(["newPassword: Choose a password different from your current one."]);
  });
});
