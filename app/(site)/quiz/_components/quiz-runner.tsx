"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import { useFormPermalink } from "@/components/forms/form-permalink";
import { buttonClassName } from "@/components/ui/button-class";
import { FormAlert } from "@/components/ui/form-alert";
import { idleState, type ActionState } from "@/lib/action-state";
import { reachableAnswersV2, visibleKeysV2 } from "@/lib/quiz/v2/flow";
import type { QuizV2Draft } from "@/lib/quiz/v2/model";
import { SECTION_INTROS_V2, questionForV2 } from "@/lib/quiz/v2/questions";
import { QuestionFieldset } from "@/components/quiz/question-fieldset";
import { clearQuiz, loadQuiz, saveQuiz } from "@/components/quiz/quiz-storage";

type QuizAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Answer = string | number | string[];

/**
 * One question per screen, driven by lib/quiz/v2/flow (version 2, docs/product.md §3). The
 * browser only keeps
 * the draft; the complete answers go to the server action, which validates,
 * scores and stores them and then redirects to the result. Deliberately no
 * form or validation library here: this is the whole of the quiz's own JS.
 */
export function QuizRunner({ action }: { action: QuizAction }) {
  const [draft, setDraft] = useState<QuizV2Draft>({});
  const [index, setIndex] = useState(0);
  const [missing, setMissing] = useState(false);
  // Until hydration the browser would submit the form itself, as a GET that
  // puts health answers in the URL (and server logs). So Continue stays
  // disabled until this component runs; without JavaScript it never does.
  const [ready, setReady] = useState(false);
  const [state, formAction, pending] = useActionState(action, idleState, useFormPermalink());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const moveFocus = useRef(false);

  // Restore a quiz in progress after a reload. Runs after hydration, so the
  // server-rendered first question and the client agree on the first paint.
  useEffect(() => {
    const saved = loadQuiz();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage only exists after hydration
    setReady(true);
    if (!saved) return;
    setDraft(saved.draft);
    setIndex(saved.index);
  }, []);

  // A failed submit must not lose the answers that were cleared on submit.
  useEffect(() => {
    if (state.status === "error") saveQuiz({ draft, index });
  }, [state, draft, index]);

  // Screen-reader and keyboard users land on the new question, not the top of the page.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    headingRef.current?.focus();
  }, [index]);

  const keys = visibleKeysV2(draft);
  const safeIndex = Math.min(index, keys.length - 1);
  const question = questionForV2(keys[safeIndex] ?? keys[0]!);
  const total = keys.length;
  const position = safeIndex + 1;
  const percent = Math.round((position / total) * 100);
  const value: Answer | undefined = draft[question.key];
  const previousSection = safeIndex > 0 ? questionForV2(keys[safeIndex - 1]!).section : null;
  const startsSection = previousSection !== question.section;
  const endsQuiz = safeIndex === keys.length - 1;

  function go(nextIndex: number, nextDraft: QuizV2Draft) {
    moveFocus.current = true;
    setMissing(false);
    setIndex(nextIndex);
    saveQuiz({ draft: nextDraft, index: nextIndex });
  }

  function answer(next: Answer) {
    setMissing(false);
    // Values come from the question's own options; the server validates the set again.
    const nextDraft = { ...draft, [question.key]: next } as QuizV2Draft;
    setDraft(nextDraft);
    saveQuiz({ draft: nextDraft, index: safeIndex });
    return nextDraft;
  }

  function choose(raw: string, checked: boolean) {
    const option = question.options.find((o) => String(o.value) === raw);
    if (!option) return;
    if (question.kind !== "multi") return void answer(option.value);
    const current = Array.isArray(value) ? value : [];
    const chosen = question.options
      .map((o) => String(o.value))
      .filter((v) => (v === raw ? checked : current.includes(v)));
    answer(chosen);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !ready) return;
    // A multi-select answered with nothing ticked means "none of these".
    const current = value === undefined && question.kind === "multi" ? answer([]) : draft;
    if (current[question.key] === undefined) {
      setMissing(true);
      fieldsetRef.current?.querySelector("input")?.focus();
      return;
    }
    const path = visibleKeysV2(current);
    if (safeIndex + 1 < path.length) return go(safeIndex + 1, current);
    const formData = new FormData();
    for (const [key, given] of Object.entries(reachableAnswersV2(current))) {
      for (const one of [given].flat()) formData.append(key, String(one));
    }
    clearQuiz(); // a finished quiz starts afresh next time
    startTransition(() => formAction(formData));
  }

  function back() {
    if (safeIndex > 0) go(safeIndex - 1, draft);
  }

  function restart() {
    clearQuiz();
    setDraft({});
    go(0, {});
  }

  const errorId = "quiz-error";
  const stepErrors = state.fieldErrors?.[question.key];

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-6">
      <div>
        <div
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`Question ${position} of ${total}`}
          className="bg-brand-100 h-2.5 overflow-hidden rounded-full"
        >
          <div
            className="bg-brand-600 h-full rounded-full transition-[width]"
            style={{ width: `${percent}%` }}
          />
        </div>
      </div>

      <FormAlert state={state} />

      {startsSection ? <p className="text-muted">{SECTION_INTROS_V2[question.section]}</p> : null}

      <QuestionFieldset
        key={question.key}
        question={question}
        value={value}
        onChoose={choose}
        headingRef={headingRef}
        fieldsetRef={fieldsetRef}
        heading={`Question ${position} of ${total}`}
        errors={missing ? ["Please choose an answer to continue."] : stepErrors}
        errorId={errorId}
      />

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || !ready} className={buttonClassName("primary")}>
          {pending ? "Saving your answers…" : endsQuiz ? "See my result" : "Continue"}
        </button>
        {safeIndex > 0 ? (
          <button
            type="button"
            onClick={back}
            disabled={pending}
            className={buttonClassName("secondary")}
          >
            Back
          </button>
        ) : null}
        {safeIndex > 0 ? (
          <button
            type="button"
            onClick={restart}
            disabled={pending}
            className="text-muted ml-auto min-h-11 px-2 text-sm underline"
          >
            Start again
          </button>
        ) : null}
      </div>
    </form>
  );
}
