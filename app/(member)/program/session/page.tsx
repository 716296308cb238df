import type { Metadata } from "next";
import { NoPlan } from "@/app/(member)/program/_components/no-plan";
import { LogSessionForm } from "@/app/(member)/program/_components/log-session-form";
import { ExerciseCard } from "@/components/program/exercise-card";
import { ExerciseIllustration } from "@/components/program/exercise-illustration";
import { isoDateOf } from "@/lib/dates/iso-date";
import { isAdjustable } from "@/lib/program/dose-adaptation";
import { exerciseById } from "@/lib/program/exercises";
import type { PlayerExercise } from "@/lib/program/player/player-exercise";
import { requireUser } from "@/server/auth/current-user";
import { deviceScopeFor } from "@/server/member/device-scope";
import { loadProgram } from "@/server/member/load-program";
import { SessionPlayer } from "./_components/session-player";

export const metadata: Metadata = { title: "Today's session" };

/**
 * The guided session. With JavaScript it is the player, one exercise at a time; without it
 * (`noscript:` is the CSS `scripting: none` query) the same exercises as a list with the log
 * form, so the page is never a dead end.
 */
export default async function SessionPage() {
  const user = await requireUser();
  const today = isoDateOf(new Date());
  const data = await loadProgram({ userId: user.id, today });

  if (data.status === "no-plan") {
    return (
      <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:py-10">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Today&apos;s session</h1>
        <NoPlan latest={data.latestAssessment} />
      </div>
    );
  }

  const exercises = data.today.exerciseIds.map(exerciseById);
  const playerExercises: PlayerExercise[] = exercises.map((e) => ({
    id: e.id,
    name: e.name,
    purpose: e.purpose,
    steps: e.steps,
    feel: e.feel,
    cautions: e.cautions,
    adjustable: isAdjustable(e),
    // After the member's ratings (docs/product.md §4, "Dose adaptation").
    ...(data.doses[e.id] ?? { dose: e.dose, doseText: e.doseText, adjusted: false }),
  }));

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-10">
      <div className="noscript:hidden">
        <SessionPlayer
          today={today}
          exercises={playerExercises}
          illustrations={exercises.map((e) => (
            // Bigger than on a card: this is the picture a person follows from the mat.
            <ExerciseIllustration
              key={e.id}
              exerciseId={e.id}
              className="justify-center [&_svg]:max-w-xs"
            />
          ))}
          deviceScope={deviceScopeFor(user.id)}
        />
      </div>
      <div className="hidden space-y-6 noscript:block">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Today&apos;s session</h1>
        <p className="text-muted text-lg">
          Work through these at your own pace, then log the session below.
        </p>
        <section aria-labelledby="exercises-heading" className="space-y-4">
          <h2 id="exercises-heading" className="text-xl font-semibold">
            The exercises
          </h2>
          {exercises.map((e) => (
            <ExerciseCard
              key={e.id}
              exercise={e}
              idPrefix="today"
              headingLevel={3}
              adjustedDoseText={data.doses[e.id]?.adjusted ? data.doses[e.id]?.doseText : undefined}
            />
          ))}
        </section>
        <section aria-labelledby="log-heading" className="space-y-3">
          <h2 id="log-heading" className="text-xl font-semibold">
            Log the session
          </h2>
          <LogSessionForm
            today={today}
            exercises={exercises.map((e) => ({ id: e.id, name: e.name }))}
            suggestedIds={data.today.exerciseIds}
          />
        </section>
      </div>
    </div>
  );
}
