import type { CSSProperties, ReactNode } from "react";
import { getIllustration } from "@/lib/program/poses";
import { pictureTop } from "@/lib/program/poses/frame";
import { childrenOf, samePose, segmentMotion } from "@/lib/program/poses/segment-angles";
import { SEGMENTS, type SegmentName } from "@/lib/program/poses/skeleton";
import { HEIGHT, WIDTH, type Illustration } from "@/lib/program/poses/types";
import { HeldProps, SceneProps } from "./illustration-props";

/**
 * A small side-view figure showing an exercise, drawn on the server as plain SVG. Each body
 * segment is a group turned about its joint by CSS (app/globals.css, "Exercise illustrations"):
 * the first picture moves from the start pose to the end pose and back, unless the visitor
 * prefers reduced motion or prints, when the start and end pictures stand side by side.
 * No hooks and no browser JavaScript, so it can be passed as a prop into a client component.
 */
export function ExerciseIllustration({
  exerciseId,
  className,
}: {
  exerciseId: string;
  className?: string;
}) {
  const illustration = getIllustration(exerciseId);
  if (!illustration) return null;
  const still = samePose(illustration.start, illustration.end);
  return (
    <div
      role="img"
      aria-label={illustration.alt}
      className={className ? `lbp-ill ${className}` : "lbp-ill"}
    >
      <Picture illustration={illustration} end={false} label={still ? null : "Start"} />
      {still ? null : <Picture illustration={illustration} end label="End" />}
    </div>
  );
}

function Picture({
  illustration,
  end,
  label,
}: {
  illustration: Illustration;
  end: boolean;
  label: string | null;
}) {
  const top = pictureTop(illustration);
  return (
    <svg
      viewBox={`0 ${top} ${WIDTH} ${HEIGHT - top}`}
      aria-hidden="true"
      focusable="false"
      className={end ? "lbp-end" : label ? "lbp-start lbp-move" : "lbp-start"}
    >
      <SceneProps illustration={illustration} />
      <g className="lbp-fig">{segment(illustration, "lowerTrunk")}</g>
      {label ? (
        <text x="4" y={top + 20} className="lbp-tag">
          {label}
        </text>
      ) : null}
    </svg>
  );
}

/**
 * One segment's group: translated to its joint on the parent, turned by --a (start) or --b
 * (end), with its children nested inside so they follow it.
 */
function segment(illustration: Illustration, name: SegmentName): ReactNode {
  const { start, end } = illustration;
  const { parent, at, length, radius } = SEGMENTS[name];
  const { from, to } = segmentMotion(start, end, name);
  const style = parent
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
  return (
    <g
      key={name}
      style={style as CSSProperties}
      className={farSide && !parent?.startsWith("far") ? "lbp-far" : undefined}
    >
      {behind.map((child) => segment(illustration, child))}
      {name === "head" ? (
        <>
          <line x2={length - radius} strokeWidth="6" />
          <circle cx={length} r={radius} />
        </>
      ) : (
        <line x2={length} strokeWidth={radius * 2} />
      )}
      <HeldProps illustration={illustration} segment={name} />
      {inFront.map((child) => segment(illustration, child))}
    </g>
  );
}

/** Tenths of a pixel are finer than any screen shows, and keep the markup short. */
const px = (n: number) => `${Math.round(n * 10) / 10}px`;
