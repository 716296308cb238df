import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT,
  isCompleteMultipart,
  isForeignOrigin,
  refuseActionRequest,
} from "./action-request-guard";

// Security review F14: the answers the proxy gives before Next's action handler, which would
// answer each of these with a 500.

async function multipart(
  fields: Record<string, string>,
): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request("http://site.test/", { method: "POST", body: form });
  return {
    body: new Uint8Array(await request.arrayBuffer()),
    contentType: request.headers.get("content-type") ?? "",
  };
}

function actionRequest(
  body: Uint8Array<ArrayBuffer> | string,
  headers: Record<string, string>,
): Request {
  return new Request("http://site.test/journal", {
    method: "POST",
    body,
    headers: { host: "site.test", "next-action": "0123abcd", ...headers },
  });
}

describe("server-action request guard", () => {
  it("compares the Origin's host with x-forwarded-host, else host, as Next does", () => {
    const h = (entries: Record<string, string>) => new Headers(entries);
    expect(isForeignOrigin(h({ host: "site.test", origin: "https://site.test" }))).toBe(false);
    expect(isForeignOrigin(h({ host: "site.test" }))).toBe(false); // no Origin: Next lets it through too
    expect(
      isForeignOrigin(
        h({ host: "127.0.0.1:3000", "x-forwarded-host": "site.test", origin: "https://site.test" }),
      ),
    ).toBe(false);
    expect(isForeignOrigin(h({ host: "site.test", origin: "https://evil.example" }))).toBe(true);
    expect(isForeignOrigin(h({ host: "site.test", origin: "null" }))).toBe(true);
    expect(isForeignOrigin(h({ host: "site.test", origin: "not a url" }))).toBe(true);
    expect(
      isForeignOrigin(h({ host: "site.test", origin: "https://site.test.evil.example" })),
    ).toBe(true);
  });

  it("knows a complete multipart body from one cut short or without a boundary", async () => {
    const { body, contentType } = await multipart({ "1_notes": "hello", "0": "[]" });
    expect(isCompleteMultipart(body, contentType)).toBe(true);
    expect(isCompleteMultipart(body.subarray(0, body.length - 10), contentType)).toBe(false);
    expect(isCompleteMultipart(body, "multipart/form-data")).toBe(false);
    expect(isCompleteMultipart(new TextEncoder().encode("garbage"), contentType)).toBe(false);
  });

  it("refuses a foreign origin with 403, an oversized body with 413 and a cut-short one with 400", async () => {
    const { body, contentType } = await multipart({ "1_notes": "hello" });
    const ok = actionRequest(body, { origin: "http://site.test", "content-type": contentType });
    expect(await refuseActionRequest(ok)).toBeNull();
    // The handler still gets the whole body after the guard read it.
    expect((await ok.arrayBuffer()).byteLength).toBe(body.length);

    const foreign = actionRequest(body, {
      origin: "https://evil.example",
      "content-type": contentType,
    });
    expect((await refuseActionRequest(foreign))?.status).toBe(403);

    const big = await multipart({ "1_notes": "a".repeat(ACTION_BODY_LIMIT) });
    const oversized = actionRequest(big.body, {
      origin: "http://site.test",
      "content-type": big.contentType,
    });
    expect((await refuseActionRequest(oversized))?.status).toBe(413);

    const cut = actionRequest(body.subarray(0, body.length - 20), { "content-type": contentType });
    expect((await refuseActionRequest(cut))?.status).toBe(400);
  });

  it("leaves every other request alone", async () => {
    expect(
      await refuseActionRequest(new Request("http://site.test/", { method: "POST", body: "x" })),
    ).toBeNull();
    const get = new Request("http://site.test/", {
      headers: { "next-action": "x", origin: "https://evil.example" },
    });
    expect(await refuseActionRequest(get)).toBeNull();
  });
});
