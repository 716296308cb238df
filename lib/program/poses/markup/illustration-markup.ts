import { getIllustration } from "..";
import { pictureTop } from "../frame";
import { childrenOf, samePose, segmentMotion } from "../segment-angles";
import { SEGMENTS, type SegmentName } from "../skeleton";
import { HEIGHT, WIDTH, type Illustration } from "../types";
import { heldProps, sceneProps } from "./scene-props";
import { customProperties, el, text } from "./svg-element";

/**
 * The SVG pictures of one exercise: the first moves from the start pose to the end pose and
 * back by CSS (app/globals.css, "Exercise illustrations"); the second, shown only with reduced
 * motion or in print, is the end pose. A held position has one still picture.
 */
export type IllustrationMarkup = { alt: string; svg: string };

const cache = new Map<string, IllustrationMarkup | null>();

/** Built once per exercise per server process: the pictures never differ between members. */
export function illustrationMarkup(exerciseId: string): IllustrationMarkup | null {
  let markup = cache.get(exerciseId);
  if (markup === undefined) {
    const illustration = getIllustration(exerciseId);
    markup = illustration ? build(illustration) : null;
    cache.set(exerciseId, markup);
  }
  return markup;
}

function build(illustration: Illustration): IllustrationMarkup {
  const still = samePose(illustration.start, illustration.end);
  return {
    alt: illustration.alt,
    svg: still
      ? picture(illustration, false, null)
      : picture(illustration, false, "Start") + picture(illustration, true, "End"),
  };
}

function picture(illustration: Illustration, end: boolean, label: string | null): string {
  const top = pictureTop(illustration);
  return el(
    "svg",
    {
      viewBox: `0 ${top} ${WIDTH} ${HEIGHT - top}`,
      "aria-hidden": "true",
      focusable: "false",
      class: end ? "lbp-end" : label ? "lbp-start lbp-move" : "lbp-start",
    },
    sceneProps(illustration),
    el("g", { class: "lbp-fig" }, segment(illustration, "lowerTrunk")),
    label ? el("text", { x: 4, y: top + 20, class: "lbp-tag" }, text(label)) : "",
  );
}

/**
 * One segment's group: translated to its joint on the parent, turned by --a (start) or --b
 * (end), with its children nested inside so they follow it.
 */
function segment(illustration: Illustration, name: SegmentName): string {
  const { start, end } = illustration;
  const { parent, at, length, radius } = SEGMENTS[name];
  const { from, to } = segmentMotion(start, end, name);
  const style: Record<string, string> = parent
    ? { "--t": `${at}px`, "--a": `${from}deg`, "--b": `${to}deg` }
    : {
        "--t": `${px(start.pelvis.x)} ${px(start.pelvis.y)}`,
        "--u": `${px(end.pelvis.x)} ${px(end.pelvis.y)}`,
        "--a": `${from}deg`,
        "--b": `${to}deg`,
      };
  const farSide = name.startsWith("far");
  // A far limb is painted before the segment it hangs from, so the body hides its root.
  const children = childrenOf(name);
  const behind = farSide ? [] : children.filter((c) => c.startsWith("far"));
  const inFront = children.filter((c) => !behind.includes(c));
  return el(
    "g",
    {
      style: customProperties(style),
      class: farSide && !parent?.startsWith("far") ? "lbp-far" : undefined,
    },
    ...behind.map((child) => segment(illustration, child)),
    name === "head"
      ? el("line", { x2: length - radius, "stroke-width": 6 }) +
          el("circle", { cx: length, r: radius })
      : el("line", { x2: length, "stroke-width": radius * 2 }),
    heldProps(illustration, name),
    ...inFront.map((child) => segment(illustration, child)),
  );
}

/** Tenths of a pixel are finer than any screen shows, and keep the markup short. */
const px = (n: number) => `${Math.round(n * 10) / 10}px`;
