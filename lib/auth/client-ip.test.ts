import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address the nearest proxy saw: the right-most X-Forwarded-For entry", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe(
      "203.0.113.9",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.9 " }))).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
