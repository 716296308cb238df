import { describe, expect, it } from "vitest";
import { ILLUSTRATIONS } from ".";
import { pictureTop } from "./frame";
import { keyPoints, SEGMENT_NAMES, SEGMENTS } from "./skeleton";
import { FLOOR } from "./types";

describe("pictureTop", () => {
  it.each(Object.entries(ILLUSTRATIONS))("%s keeps the whole figure in the picture", (_, ill) => {
    const top = pictureTop(ill);
    expect(top).toBeGreaterThanOrEqual(0);
    for (const pose of [ill.start, ill.end]) {
      const points = keyPoints(pose);
      for (const n of SEGMENT_NAMES)
        expect(points[n].end.y - SEGMENTS[n].radius).toBeGreaterThanOrEqual(top);
    }
  });

  it("gives a figure lying on the floor a short picture", () => {
    const lying = ILLUSTRATIONS["prone-lying"];
    expect(lying && FLOOR - pictureTop(lying)).toBeLessThan(80);
  });
});
