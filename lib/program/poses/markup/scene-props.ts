import { keyPoints, SEGMENTS, type SegmentName } from "../skeleton";
import { CHAIR_SEAT, FLOOR, WIDTH, type Illustration, type SceneProp } from "../types";
import { el } from "./svg-element";

/** The room: floor, furniture and anchors, drawn once in the picture's own coordinates. */
export function sceneProps(illustration: Illustration): string {
  const band = illustration.held?.find((h) => h.kind === "band");
  const shoulder = keyPoints(illustration.start).nearUpperArm.start;
  return el(
    "g",
    { class: "lbp-prop" },
    ...illustration.props.map(sceneItem),
    band
      ? el("line", {
          class: "lbp-band",
          x1: band.anchor.x,
          y1: band.anchor.y,
          x2: round(shoulder.x),
          y2: round(shoulder.y),
        })
      : "",
  );
}

function sceneItem(prop: SceneProp): string {
  switch (prop.kind) {
    case "floor":
      return el("path", { d: `M0 ${FLOOR + 1}H${WIDTH}` });
    case "mat":
      return el("rect", {
        class: "lbp-mat",
        x: prop.x,
        y: FLOOR - 2,
        width: prop.width,
        height: 3,
      });
    case "chair": {
      const seat = FLOOR - (prop.seat ?? CHAIR_SEAT);
      const back = prop.backrest === "left" ? prop.x + 2 : prop.x + 32;
      return el("path", {
        d: `M${prop.x + 2} ${FLOOR}V${seat}H${prop.x + 32}V${FLOOR}M${back} ${seat}V${seat - 46}`,
      });
    }
    case "box":
      return el("rect", {
        x: prop.x,
        y: FLOOR - prop.height,
        width: prop.width,
        height: prop.height,
        rx: 2,
      });
    case "bed": {
      const top = FLOOR - prop.height;
      return el("path", {
        d: `M${prop.x} ${top}h${prop.width}v${prop.height - 8}H${prop.x}ZM${prop.x + 4} ${FLOOR}v-8M${prop.x + prop.width - 4} ${FLOOR}v-8`,
      });
    }
    case "bike": {
      const x = prop.x;
      // Saddle, seat tube to the crank, the crank's circle, the stem up to the handlebars, feet.
      return el("path", {
        d: `M${x - 9} 104h18M${x} 106L${x + 14} 140M${x + 14} 140m-10 0a10 10 0 1 0 20 0a10 10 0 1 0-20 0M${x + 14} 140L${x + 50} 80h-10M${x + 14} 140V${FLOOR}M${x - 16} ${FLOOR}h86M${x + 50} 80L${x + 60} ${FLOOR}`,
      });
    }
    case "cushion":
      return el("rect", { class: "lbp-mat", x: prop.x, y: FLOOR - 6, width: 24, height: 7, rx: 3 });
    case "anchor":
      return el("path", { d: `M${prop.x} ${FLOOR}V${prop.y - 12}M${prop.x - 4} ${prop.y}h8` });
  }
}

/** What a segment carries: a weight or bag in the hand, the dowel along the back, a band. */
export function heldProps(illustration: Illustration, segment: SegmentName): string {
  const { length } = SEGMENTS[segment];
  return (illustration.held ?? [])
    .map((held) => {
      if (held.kind === "dowel")
        return segment === "lowerTrunk" ? el("path", { class: "lbp-dowel", d: "M-8 -10H72" }) : "";
      if (held.kind === "band")
        return segment === "nearUpperArm" || segment === "nearForearm"
          ? el("path", { class: "lbp-band", d: `M0 2H${length}` })
          : "";
      if (segment !== (held.hand === "near" ? "nearForearm" : "farForearm")) return "";
      switch (held.kind) {
        case "kettlebell":
          return el("path", {
            class: "lbp-weight",
            d: `M${length} -3v6M${length + 9} 0m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0`,
          });
        case "box":
          return el("rect", {
            class: "lbp-weight",
            x: length - 6,
            y: -13,
            width: 24,
            height: 26,
            rx: 2,
          });
        case "dumbbell":
          return el("rect", {
            class: "lbp-weight",
            x: length - 4,
            y: -6,
            width: 8,
            height: 12,
            rx: 2,
          });
        default:
          return el("rect", {
            class: "lbp-weight",
            x: length,
            y: -8,
            width: 18,
            height: 16,
            rx: 3,
          });
      }
    })
    .join("");
}

const round = (n: number) => Math.round(n);
