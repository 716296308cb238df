// Signs in through the real sign-in form in headless Chromium and returns the
// session cookie, plus (optionally) a recorded journal-save server-action
// request that load tools can replay byte for byte.
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";
import { chromium, type Page, type Request } from "@playwright/test";

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
};

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}

/** Runs `trigger` and returns the first server-action POST it causes. */
export async function recordNextAction(
  page: Page,
  trigger: () => Promise<void>,
  cookie = "",
): Promise<RecordedRequest> {
  const captured = new Promise<Request>((resolve) => {
    page.on("request", (req) => {
      if (req.method() === "POST" && req.headers()["next-action"]) resolve(req);
    });
  });
  await trigger();
  const req = await Promise.race([
    captured,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("no server-action request within 30 s")), 30_000).unref(),
    ),
  ]);
  const headers = await req.allHeaders();
  delete headers["content-length"];
  if (cookie) headers.cookie = cookie;
  else delete headers.cookie;
  return { method: "POST", path: new URL(req.url()).pathname, headers, body: req.postData() ?? "" };
}

export async function signInAndRecord(
  baseUrl: string,
  email: string,
  password: string,
  { recordJournalSave = false }: { recordJournalSave?: boolean } = {},
): Promise<{ cookie: string; journalSave?: RecordedRequest }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await signInWithForm(page, email, password);
    const cookies = await context.cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");

    let journalSave: RecordedRequest | undefined;
    if (recordJournalSave) {
      journalSave = await recordJournalSaveRequest(page, cookie);
    }
    return { cookie, journalSave };
  } finally {
    await browser.close();
  }
}

export async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/dashboard/, { timeout: 30_000 });
}

/** Saves today's journal entry through the form and returns the action request it sent. */
export async function recordJournalSaveRequest(
  page: Page,
  cookie: string,
): Promise<RecordedRequest> {
  // Wait for hydration: a form submitted before React takes over posts natively, without the
  // Next-Action header the recorder looks for (that race made the bench hang now and then).
  await page.goto("/journal", { waitUntil: "networkidle" });
  return recordNextAction(
    page,
    async () => {
      await page.getByLabel("Pain (0–10)").first().fill("3");
      await page.getByLabel("Worst pain (0–10)").first().fill("5");
      await page.getByRole("button", { name: /save/i }).first().click();
    },
    cookie,
  );
}
