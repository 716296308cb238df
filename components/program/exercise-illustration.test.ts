import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EXERCISES } from "@/lib/program/exercises";
import { ExerciseIllustration } from "./exercise-illustration";

const render = (exerciseId: string, className?: string) =>
  renderToStaticMarkup(createElement(ExerciseIllustration, { exerciseId, className }));

describe("ExerciseIllustration", () => {
  it.each(EXERCISES.map((e) => e.id))("%s stays within 4 KB gzipped", (id) => {
    const html = render(id);
    expect(gzipSync(html).length).toBeLessThanOrEqual(4096);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    "%s is one image named by its text alternative",
    (id) => {
      const html = render(id);
      expect(html).toMatch(/^<div role="img" aria-label="A person [^"]+"/);
      // The pictures inside are decoration of that one image.
      expect(html.match(/<svg/g)?.length).toBe(html.match(/aria-hidden="true"/g)?.length);
      expect(html).not.toContain("<script");
    },
  );

  it("labels the start and end pictures that reduced motion and print show side by side", () => {
    const html = render("glute-bridge");
    expect(html).toContain(">Start</text>");
    expect(html).toContain(">End</text>");
    expect(html).toContain('class="lbp-start lbp-move"');
    expect(html).toContain('class="lbp-end"');
  });

  it("draws a held position once, with nothing to animate", () => {
    const html = render("prone-lying");
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toContain("lbp-move");
    expect(html).not.toContain(">Start<");
  });

  it("adds the caller's class and renders nothing for an unknown exercise", () => {
    expect(render("dead-bug", "w-40")).toContain('class="lbp-ill w-40"');
    expect(render("no-such-exercise")).toBe("");
  });
});
