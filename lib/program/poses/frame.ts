import { keyPoints, SEGMENT_NAMES, SEGMENTS, type Pose } from "./skeleton";
import { FLOOR, type Illustration, type SceneProp } from "./types";

/** Room above the highest point for the "Start"/"End" label and a held weight or bag. */
const HEADROOM = 30;

function bodyTop(pose: Pose): number {
  const points = keyPoints(pose);
  return Math.min(
    ...SEGMENT_NAMES.map((n) => Math.min(points[n].start.y, points[n].end.y) - SEGMENTS[n].radius),
  );
}

function propTop(prop: SceneProp): number {
  switch (prop.kind) {
    case "floor":
    case "mat":
    case "cushion":
      return FLOOR - 6;
    case "chair":
      // The seat's height plus the backrest (components/program/illustration-props.tsx).
      return FLOOR - (prop.seat ?? 35) - 46;
    case "box":
    case "bed":
      return FLOOR - prop.height;
    case "bike":
      return 80;
    case "anchor":
      return prop.y - 12;
  }
}

/**
 * The top of the picture: just above the highest thing either pose or the props reach, so a
 * figure lying on the floor gets a short, wide picture instead of a tall, mostly empty one.
 */
export function pictureTop(illustration: Illustration): number {
  const highest = Math.min(
    bodyTop(illustration.start),
    bodyTop(illustration.end),
    ...illustration.props.map(propTop),
  );
  return Math.max(0, Math.floor(highest - HEADROOM));
}
