import type { Point, Pose } from "./skeleton";

/** The floor line's height in the picture; every figure's viewBox is 0 0 WIDTH HEIGHT. */
export const FLOOR = 170;
export const WIDTH = 200;
export const HEIGHT = 180;
/** A chair seat's height above the floor: a seated figure's feet just reach the floor. */
export const CHAIR_SEAT = 35;

/** Things in the room, drawn where they stand (x is their left edge unless said otherwise). */
export type SceneProp =
  | { kind: "floor" }
  | { kind: "mat"; x: number; width: number }
  | { kind: "chair"; x: number; backrest: "left" | "right"; seat?: number }
  | { kind: "box"; x: number; width: number; height: number }
  | { kind: "bed"; x: number; width: number; height: number }
  | { kind: "bike"; x: number }
  | { kind: "cushion"; x: number }
  | { kind: "anchor"; x: number; y: number };

/** Things that move with the body: drawn at the end of a segment, or along it. */
export type HeldProp =
  | { kind: "kettlebell" | "dumbbell" | "bag" | "box"; hand: "near" | "far" }
  | { kind: "dowel" }
  /** A band from an anchor to the near hand, drawn along the arm. */
  | { kind: "band"; anchor: Point };

export type Illustration = {
  start: Pose;
  end: Pose;
  props: readonly SceneProp[];
  held?: readonly HeldProp[];
  /** What the picture shows, for people who cannot see it. */
  alt: string;
  /**
   * The body rests on something other than the floor (a bed, a bike), so the check that it
   * touches the floor does not apply.
   */
  supported?: true;
};
