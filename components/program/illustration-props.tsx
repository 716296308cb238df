import { keyPoints, SEGMENTS, type SegmentName } from "@/lib/program/poses/skeleton";
import {
  CHAIR_SEAT,
  FLOOR,
  WIDTH,
  type Illustration,
  type SceneProp,
} from "@/lib/program/poses/types";

/** The room: floor, furniture and anchors, drawn once in the picture's own coordinates. */
export function SceneProps({ illustration }: { illustration: Illustration }) {
  const band = illustration.held?.find((h) => h.kind === "band");
  const shoulder = keyPoints(illustration.start).nearUpperArm.start;
  return (
    <g className="lbp-prop">
      {illustration.props.map((prop, i) => (
        <SceneItem key={i} prop={prop} />
      ))}
      {band ? (
        <line
          className="lbp-band"
          x1={band.anchor.x}
          y1={band.anchor.y}
          x2={round(shoulder.x)}
          y2={round(shoulder.y)}
        />
      ) : null}
    </g>
  );
}

function SceneItem({ prop }: { prop: SceneProp }) {
  switch (prop.kind) {
    case "floor":
      return <path d={`M0 ${FLOOR + 1}H${WIDTH}`} />;
    case "mat":
      return <rect className="lbp-mat" x={prop.x} y={FLOOR - 2} width={prop.width} height="3" />;
    case "chair": {
      const seat = FLOOR - (prop.seat ?? CHAIR_SEAT);
      const back = prop.backrest === "left" ? prop.x + 2 : prop.x + 32;
      return (
        <path
          d={`M${prop.x + 2} ${FLOOR}V${seat}H${prop.x + 32}V${FLOOR}M${back} ${seat}V${seat - 46}`}
        />
      );
    }
    case "box":
      return (
        <rect x={prop.x} y={FLOOR - prop.height} width={prop.width} height={prop.height} rx="2" />
      );
    case "bed": {
      const top = FLOOR - prop.height;
      return (
        <path
          d={`M${prop.x} ${top}h${prop.width}v${prop.height - 8}H${prop.x}ZM${prop.x + 4} ${FLOOR}v-8M${prop.x + prop.width - 4} ${FLOOR}v-8`}
        />
      );
    }
    case "bike": {
      const x = prop.x;
      // Saddle, seat tube to the crank, the crank's circle, the stem up to the handlebars, feet.
      return (
        <path
          d={`M${x - 9} 104h18M${x} 106L${x + 14} 140M${x + 14} 140m-10 0a10 10 0 1 0 20 0a10 10 0 1 0-20 0M${x + 14} 140L${x + 50} 80h-10M${x + 14} 140V${FLOOR}M${x - 16} ${FLOOR}h86M${x + 50} 80L${x + 60} ${FLOOR}`}
        />
      );
    }
    case "cushion":
      return <rect className="lbp-mat" x={prop.x} y={FLOOR - 6} width="24" height="7" rx="3" />;
    case "anchor":
      return <path d={`M${prop.x} ${FLOOR}V${prop.y - 12}M${prop.x - 4} ${prop.y}h8`} />;
  }
}

/** What a segment carries: a weight or bag in the hand, the dowel along the back, a band. */
export function HeldProps({
  illustration,
  segment,
}: {
  illustration: Illustration;
  segment: SegmentName;
}) {
  const { length } = SEGMENTS[segment];
  return (
    <>
      {(illustration.held ?? []).map((held, i) => {
        if (held.kind === "dowel")
          return segment === "lowerTrunk" ? (
            <path key={i} className="lbp-dowel" d="M-8 -10H72" />
          ) : null;
        if (held.kind === "band")
          return segment === "nearUpperArm" || segment === "nearForearm" ? (
            <path key={i} className="lbp-band" d={`M0 2H${length}`} />
          ) : null;
        if (segment !== (held.hand === "near" ? "nearForearm" : "farForearm")) return null;
        if (held.kind === "kettlebell")
          return (
            <path
              key={i}
              className="lbp-weight"
              d={`M${length} -3v6M${length + 9} 0m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0`}
            />
          );
        if (held.kind === "box")
          return (
            <rect
              key={i}
              className="lbp-weight"
              x={length - 6}
              y="-13"
              width="24"
              height="26"
              rx="2"
            />
          );
        if (held.kind === "dumbbell")
          return (
            <rect
              key={i}
              className="lbp-weight"
              x={length - 4}
              y="-6"
              width="8"
              height="12"
              rx="2"
            />
          );
        return (
          <rect key={i} className="lbp-weight" x={length} y="-8" width="18" height="16" rx="3" />
        );
      })}
    </>
  );
}

const round = (n: number) => Math.round(n);
