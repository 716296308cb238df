"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { buttonClassName } from "@/components/ui/button-class";
import { FormAlert } from "@/components/ui/form-alert";
import { idleState, type ActionState } from "@/lib/action-state";
import { nextStep, previousStep, progress, questionForStep, reachableAnswers, visibleSteps } from "@/lib/quiz/flow";
import { SECTION_INTROS } from "@/lib/quiz/questions";
import type { QuizDraft, YesNo } from "@/lib/quiz/types";
import { QuestionFieldset } from "./question-fieldset";
import { clearQuiz, loadQuiz, saveQuiz } from "./quiz-storage";

type QuizAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One question per screen, driven by lib/quiz/flow. The browser only keeps
 * the draft; the complete answers go to the server action, which validates,
 * scores and stores them and then redirects to the result. Deliberately no
 * form or validation library here: this is the whole of the quiz's own JS.
 */
export function QuizRunner({ action }: { action: QuizAction }) {
  const [draft, setDraft] = useState<QuizDraft>({});
  const [index, setIndex] = useState(0);
  // The both-legs recheck writes an answer that already exists ("no" from
  // the gate), so what the person picks there is held apart until Continue.
  const [recheck, setRecheck] = useState<YesNo | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  // Until hydration the browser would submit the form itself, as a GET that
  // puts health answers in the URL (and server logs). So Continue stays
  // disabled until this component runs; without JavaScript it never does.
  const [ready, setReady] = useState(false);
  const [state, formAction, pending] = useActionState(action, idleState);
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

  const steps = visibleSteps(draft);
  const safeIndex = Math.min(index, steps.length - 1);
  const step = steps[safeIndex] ?? steps[0]!;
  const question = questionForStep(step);
  const { position, total, percent } = progress(draft, safeIndex);
  const value = step.recheck ? recheck : draft[step.key];
  const startsSection = !step.recheck && (safeIndex === 0 || steps[safeIndex - 1]?.section !== step.section);
  const isLast = safeIndex === steps.length - 1;
  const endsQuiz = isLast || (step.section === "gate" && value === "yes");

  function go(nextIndex: number, nextDraft: QuizDraft) {
    moveFocus.current = true;
    setMissing(false);
    setIndex(nextIndex);
    saveQuiz({ draft: nextDraft, index: nextIndex });
  }

  function choose(raw: string) {
    setMissing(false);
    if (step.recheck) {
      setRecheck(raw === "yes" ? "yes" : "no");
      return;
    }
    const option = question.options.find((o) => String(o.value) === raw);
    if (!option) return;
    const next = { ...draft, [step.key]: option.value } as QuizDraft;
    if (step.key === "legSymptoms" && option.value !== draft.legSymptoms) setRecheck(undefined);
    setDraft(next);
    saveQuiz({ draft: next, index: safeIndex });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !ready) return;
    if (value === undefined) {
      setMissing(true);
      fieldsetRef.current?.querySelector("input")?.focus();
      return;
    }
    const current = step.recheck && recheck === "yes" ? { ...draft, bothLegs: "yes" as const } : draft;
    const next = nextStep(current, safeIndex);
    if (next !== null) return go(next, current);
    const formData = new FormData();
    for (const [key, answer] of Object.entries(reachableAnswers(current))) formData.set(key, String(answer));
    clearQuiz(); // a finished quiz starts afresh next time
    startTransition(() => formAction(formData));
  }

  function back() {
    const previous = previousStep(safeIndex);
    if (previous !== null) go(previous, draft);
  }

  function restart() {
    clearQuiz();
    setDraft({});
    setRecheck(undefined);
    go(0, {});
  }

  const errorId = "quiz-error";
  const stepErrors = state.fieldErrors?.[step.key];

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
          className="h-2.5 overflow-hidden rounded-full bg-brand-100"
        >
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </div>

      <FormAlert state={state} />

      {startsSection ? <p className="text-muted">{SECTION_INTROS[step.section]}</p> : null}

      <QuestionFieldset
        key={`${step.key}-${step.recheck ? "recheck" : "main"}`}
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
          <button type="button" onClick={back} disabled={pending} className={buttonClassName("secondary")}>
            Back
          </button>
        ) : null}
        {safeIndex > 0 ? (
          <button type="button" onClick={restart} disabled={pending} className="ml-auto min-h-11 px-2 text-sm text-muted underline">
            Start again
          </button>
        ) : null}
      </div>
    </form>
  );
}
