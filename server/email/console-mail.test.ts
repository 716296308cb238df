import { describe, expect, it } from "vitest";
import {
  consoleMailIsRedacted,
  consoleMailWarning,
  formatForConsole,
  redactLinks,
} from "./console-mail";

// F10 (security review): a production server without SMTP_URL printed live
// reset and confirmation links to its log, and said nothing at start-up.

const production = { NODE_ENV: "production", SMTP_URL: undefined, MAIL_LOG_LINKS: false };
const reset = {
  to: "member@example.test",
  subject: "Reset your LBPfix password",
  text: "Use this link:\n\nhttps://lbpfix.example/reset-password?token=AbC_123-xyz\n\nOr sign in at https://lbpfix.example/sign-in.",
};

describe("F10: mail printed to the log", () => {
  it("loses its tokens in production, keeping which page the link was for", () => {
    expect(consoleMailIsRedacted(production)).toBe(true);
    const printed = formatForConsole(reset, { redact: consoleMailIsRedacted(production) });
    expect(printed).not.toContain("AbC_123-xyz");
    expect(printed).toContain("https://lbpfix.example/reset-password?[redacted]");
    expect(printed).toContain("https://lbpfix.example/sign-in.");
    expect(redactLinks("confirm http://x.test/account/confirm-email#token=secret now")).toBe(
      "confirm http://x.test/account/confirm-email?[redacted] now",
    );
  });

  it("keeps its links in development and tests, and in production only with MAIL_LOG_LINKS", () => {
    expect(consoleMailIsRedacted({ ...production, NODE_ENV: "development" })).toBe(false);
    expect(consoleMailIsRedacted({ ...production, NODE_ENV: "test" })).toBe(false);
    expect(consoleMailIsRedacted({ ...production, MAIL_LOG_LINKS: true })).toBe(false);
    expect(formatForConsole(reset)).toContain("token=AbC_123-xyz");
  });

  it("is announced by a start-up warning in production without SMTP_URL, and only then", () => {
    expect(consoleMailWarning(production)).toMatch(/SMTP_URL is not set.*redacted/);
    expect(consoleMailWarning({ ...production, MAIL_LOG_LINKS: true })).toMatch(
      /SMTP_URL is not set.*only for tests/,
    );
    expect(consoleMailWarning({ ...production, SMTP_URL: "smtps://mail.example:465" })).toBeNull();
    expect(consoleMailWarning({ ...production, NODE_ENV: "development" })).toBeNull();
  });

  it("redacts in time linear in the text, whatever it holds", () => {
    const hostile = `${"http://a".repeat(20_000)} ${"?".repeat(100_000)}`;
    const started = performance.now();
    redactLinks(hostile);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
