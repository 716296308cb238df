"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClassName } from "@/components/ui/button-class";
import type { PlayerExercise } from "@/lib/program/player/player-exercise";
import { estimatedSeconds, type WorkPlan } from "@/lib/program/player/work-plan";
import { NumberScale } from "./number-scale";
import { SpokenCuesToggle } from "./spoken-cues-toggle";
import type { useSpokenCues } from "./use-spoken-cues";

type Props = {
  exercises: readonly PlayerExercise[];
  plans: readonly WorkPlan[];
  cues: ReturnType<typeof useSpokenCues>;
  onStart: (painBefore: number) => void;
};

const PAIN_MISSING = "Choose a number for how much pain you have right now";

/** What's ahead and how the back feels now (the "pain before" of the session log). */
export function SessionIntro({ exercises, plans, cues, onStart }: Props) {
  const [pain, setPain] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const minutes = Math.max(1, Math.round(plans.reduce((t, p) => t + estimatedSeconds(p), 0) / 60));

  return (
    <form
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (pain === null) setError(PAIN_MISSING);
        else onStart(pain);
      }}
    >
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Today&apos;s session</h1>
        <p className="text-muted text-lg">
          {exercises.length} exercises, about {minutes} minutes. Go at your own pace: pause, skip or
          go back whenever you like.
        </p>
      </header>
      <ol className="divide-y divide-gray-200 rounded-xl border border-gray-200">
        {exercises.map((e) => (
          <li
            key={e.id}
            className="flex flex-col px-4 py-2 sm:flex-row sm:justify-between sm:gap-4"
          >
            <span className="font-medium">{e.name}</span>
            <span className="text-muted text-sm sm:text-base">{e.doseText}</span>
          </li>
        ))}
      </ol>
      <NumberScale
        legend="Pain right now"
        name="painBefore"
        min={0}
        max={10}
        value={pain}
        onChange={(n) => {
          setPain(n);
          setError(undefined);
        }}
        lowLabel="0 no pain"
        highLabel="10 worst imaginable"
        error={error}
      />
      <SpokenCuesToggle cues={cues} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClassName("primary", "min-w-48")}>
          Start the session
        </button>
        <Link href="/program#log-heading" className="underline">
          Log a session without the player
        </Link>
      </div>
    </form>
  );
}
