import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./scripts/lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // react-server: server-only modules (auth, queries) load outside Next too.
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      E2E_PORT: String(port),
      AUTH_SECRET: "e2e-only-secret-e2e-only-secret-0123456789",
      SITE_URL: `http://127.0.0.1:${port}`,
      // The suite reads reset and confirmation links from the server log (e2e/support/mailbox.ts).
      MAIL_LOG_LINKS: "1",
    },
  },
});
