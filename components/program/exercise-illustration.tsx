import { illustrationMarkup } from "@/lib/program/poses/markup/illustration-markup";

/**
 * A small side-view figure showing an exercise, drawn on the server as plain SVG. Each body
 * segment is a group turned about its joint by CSS (app/globals.css, "Exercise illustrations"):
 * the first picture moves from the start pose to the end pose and back, unless the visitor
 * prefers reduced motion or prints, when the start and end pictures stand side by side.
 *
 * The SVG is a string built once per exercise (lib/program/poses/markup), not React elements:
 * /program shows every exercise, and rendering the figures as elements on each request halved
 * its throughput. No hooks and no browser JavaScript, so it can be passed as a prop into a
 * client component.
 */
export function ExerciseIllustration({
  exerciseId,
  className,
}: {
  exerciseId: string;
  className?: string;
}) {
  const markup = illustrationMarkup(exerciseId);
  if (!markup) return null;
  return (
    <div
      role="img"
      aria-label={markup.alt}
      className={className ? `lbp-ill ${className}` : "lbp-ill"}
      // Built from the pose data only (numbers and fixed class names), escaped by svg-element.ts.
      dangerouslySetInnerHTML={{ __html: markup.svg }}
    />
  );
}
