"use client";

import Link from "next/link";
import { useState } from "react";
import { buttonClassName } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { PlayerExercise } from "@/lib/program/player/player-exercise";
import { doneIndexes, type PlayerState } from "@/lib/program/player/session-machine";
import { DOSE_RATINGS, type DoseRating } from "@/lib/program/dose-adaptation";
import { ChoiceOption } from "./choice-option";
import { NumberScale } from "./number-scale";
import { ScreenHeading } from "./screen-heading";
import type { SessionFields, useSessionSave } from "./use-session-save";

type Props = {
  today: IsoDate;
  exercises: readonly PlayerExercise[];
  state: PlayerState;
  painBefore: number;
  sessionKey: string;
  saving: ReturnType<typeof useSessionSave>;
  onBack: () => void;
};

const RATING_LABELS: Readonly<Record<DoseRating, string>> = {
  "too-easy": "Too easy",
  "about-right": "About right",
  "too-hard": "Too hard",
};

const MESSAGES = {
  painAfter: "Choose a number for your pain now",
  effort: "Choose how hard the session felt",
};

/** Pain after, effort and a rating per exercise done; one tap saves it all. */
export function SessionFinish({
  today,
  exercises,
  state,
  painBefore,
  sessionKey,
  saving,
  onBack,
}: Props) {
  const done = doneIndexes(state).map((i) => exercises[i]!);
  const rateable = done.filter((e) => e.adjustable);
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [effort, setEffort] = useState<number | null>(null);
  const [ratings, setRatings] = useState<Record<string, DoseRating>>({});
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Partial<Record<keyof typeof MESSAGES, string>>>({});

  const status = saving.state.status;
  const locked = status === "sending" || status === "queued";

  if (done.length === 0) {
    return (
      <section aria-labelledby="finish-heading" className="space-y-4">
        <ScreenHeading id="finish-heading">Nothing to save yet</ScreenHeading>
        <p className="text-lg">
          You haven&apos;t finished an exercise in this session, so there is nothing to log. Even
          one gentle exercise counts.
        </p>
        <button type="button" className={buttonClassName("primary")} onClick={onBack}>
          Back to the session
        </button>
      </section>
    );
  }

  function submit() {
    const missing = {
      ...(painAfter === null ? { painAfter: MESSAGES.painAfter } : {}),
      ...(effort === null ? { effort: MESSAGES.effort } : {}),
    };
    setErrors(missing);
    if (painAfter === null || effort === null) return;
    const fields: [string, string][] = [
      ["sessionKey", sessionKey],
      ["date", today],
      ...done.map((e): [string, string] => ["exerciseIds", e.id]),
      ["effort", String(effort)],
      ["painBefore", String(painBefore)],
      ["painAfter", String(painAfter)],
      ["notes", notes],
      ...Object.entries(ratings).map(([id, r]): [string, string] => ["rating", `${id}:${r}`]),
    ];
    saving.save(fields satisfies SessionFields);
  }

  return (
    <form
      aria-labelledby="finish-heading"
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!locked) submit();
      }}
    >
      <header className="space-y-2">
        <ScreenHeading id="finish-heading">How did it go?</ScreenHeading>
        <p className="text-muted text-lg">
          You did {done.length} of {exercises.length} exercises. Well done for showing up.
        </p>
      </header>
      <NumberScale
        legend="Pain now"
        name="painAfter"
        min={0}
        max={10}
        value={painAfter}
        onChange={(n) => {
          setPainAfter(n);
          setErrors((e) => ({ ...e, painAfter: undefined }));
        }}
        lowLabel="0 no pain"
        highLabel="10 worst imaginable"
        error={errors.painAfter}
      />
      <NumberScale
        legend="Effort"
        name="effort"
        min={1}
        max={10}
        value={effort}
        onChange={(n) => {
          setEffort(n);
          setErrors((e) => ({ ...e, effort: undefined }));
        }}
        lowLabel="1 very easy"
        highLabel="10 flat out"
        error={errors.effort}
      />
      {rateable.length ? (
        <div className="space-y-4">
          <h2 className="text-xl font-semibold">How was each exercise?</h2>
          <p className="text-muted">
            Two &ldquo;too easy&rdquo; in a row moves that exercise up a step next time; &ldquo;too
            hard&rdquo; moves it back one.
          </p>
          {rateable.map((e) => (
            <fieldset key={e.id}>
              <legend className="font-medium">{e.name}</legend>
              <div className="mt-1 flex flex-wrap gap-2">
                {DOSE_RATINGS.map((r) => (
                  <ChoiceOption
                    key={r}
                    name={`rating-${e.id}`}
                    value={r}
                    checked={ratings[e.id] === r}
                    onChange={() => setRatings((all) => ({ ...all, [e.id]: r }))}
                    shape="pill"
                  >
                    {RATING_LABELS[r]}
                  </ChoiceOption>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      ) : null}
      <div>
        <label htmlFor="finish-notes" className="block font-medium">
          Notes <span className="text-muted font-normal">(optional)</span>
        </label>
        <textarea
          id="finish-notes"
          rows={2}
          maxLength={2000}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          className={inputClass}
        />
      </div>
      <SaveStatus state={saving.state} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={locked}
          aria-disabled={locked}
          className={buttonClassName("primary", "min-w-48")}
        >
          {status === "sending" ? "Saving…" : "Save session"}
        </button>
        <button
          type="button"
          disabled={locked}
          className="underline disabled:opacity-60"
          onClick={onBack}
        >
          Back to the session
        </button>
      </div>
    </form>
  );
}

function SaveStatus({ state }: { state: ReturnType<typeof useSessionSave>["state"] }) {
  if (state.status === "queued") {
    return (
      <p
        role="status"
        className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3"
      >
        <span className="font-semibold">Saved on this phone, sending…</span> We couldn&apos;t reach
        the server, so the session is kept here and sent as soon as the connection is back. You can
        leave this page; it will be sent next time you open the session.
      </p>
    );
  }
  if (state.status === "refused") {
    return (
      <p
        role="alert"
        className="border-danger-700/40 bg-danger-50 text-danger-700 rounded-lg border px-4 py-3"
      >
        {state.message}{" "}
        <Link href="/program#log-heading" className="underline">
          Log it on your program page
        </Link>
      </p>
    );
  }
  return null;
}
