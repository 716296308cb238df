import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { SubmitButton } from "@/components/ui/submit-button";
import { AnswerList, type StoredAnswers } from "./answer-list";
import { SafetyScreen } from "./safety-screen";
import { asVersion1Display, NotesV2 } from "./result-v2-parts";
import type { DisplayedResult } from "@/db/queries/assessments";
import { formatDate } from "@/lib/articles/dates";
import { resultCopy } from "@/lib/quiz/copy";
import { RESULT_IN_PLAIN_WORDS } from "@/lib/quiz/plain-words";
import { RESULT_TYPE_LABELS, type QuizResult, type ResultType } from "@/lib/quiz/types";

export type ActivePlan = { assessmentId: string | null; planType: ResultType; phase: number };

export type ResultViewer =
  | { kind: "guest" }
  | {
      kind: "member";
      assessmentId: string;
      /** The plan the member follows now, if any: starting another one ends it. */
      activePlan: ActivePlan | null;
      startProgram: (state: void, formData: FormData) => Promise<void>;
    };

/**
 * One quiz result in plain words. Red flags come first and alone: a safety
 * result never shows a type, a category or a program beside it. The
 * disclaimer is always there.
 */
export function ResultView({
  displayed,
  answers,
  takenOn,
  viewer,
}: {
  displayed: DisplayedResult;
  answers: StoredAnswers;
  takenOn: Date;
  viewer: ResultViewer;
}) {
  const { result } = displayed;
  const stopped = result.outcome === "urgent" || result.outcome === "doctor_first";
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8 sm:py-12">
      {displayed.version === 2 ? (
        stopped ? (
          <SafetyScreen result={displayed.result} />
        ) : (
          <>
            <FullResult result={asVersion1Display(displayed.result)} viewer={viewer} />
            <NotesV2 result={displayed.result} />
          </>
        )
      ) : stopped ? (
        <SafetyResult result={displayed.result} />
      ) : (
        <FullResult result={displayed.result} viewer={viewer} />
      )}
      <p className="text-muted text-sm">
        Quiz version {displayed.version}
        {displayed.version === 1
          ? " (an earlier version of the quiz, scored by its own rules)"
          : ""}
        .
      </p>
      <AnswerList version={displayed.version} answers={answers} />
      <p className="text-muted text-sm">
        Quiz taken on <time dateTime={takenOn.toISOString()}>{formatDate(takenOn)}</time>.
      </p>
      <DisclaimerBox />
    </div>
  );
}

function SafetyResult({ result }: { result: QuizResult }) {
  const copy = resultCopy(result);
  const urgent = result.outcome === "urgent";
  return (
    <>
      <section
        aria-labelledby="result-heading"
        className={`rounded-2xl border-2 p-5 sm:p-6 ${urgent ? "border-danger-700 bg-danger-50" : "border-warn-700 bg-warn-50"}`}
      >
        <h1 id="result-heading" className="font-serif text-3xl leading-tight font-bold">
          {copy.outcome.title}
        </h1>
        <WhoAndWhen whoToSee={copy.outcome.whoToSee} howSoon={copy.outcome.howSoon} />
        {copy.redFlags.length > 0 ? (
          <div className="mt-4">
            <h2 className="font-semibold">You told us about</h2>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {copy.redFlags.map((flag) => (
                <li key={flag}>{flag}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-4 space-y-2">
          {copy.outcome.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </section>
      {urgent ? null : (
        <p>
          When your doctor is happy for you to start, you can{" "}
          <Link href="/quiz" className="underline">
            take the quiz again
          </Link>
          .
        </p>
      )}
    </>
  );
}

/**
 * A candidate's or assessment-first result. On a phone the first screen holds the result in
 * plain words, its label with the label's words explained, and the one next step (docs/product.md
 * §3): start the program (or sign up to save it), or see a professional. The detail follows.
 */
function FullResult({ result, viewer }: { result: QuizResult; viewer: ResultViewer }) {
  const copy = resultCopy(result);
  const candidate = result.outcome === "candidate";
  const typeLabel = result.type ? RESULT_TYPE_LABELS[result.type] : null;
  const plain = result.type ? RESULT_IN_PLAIN_WORDS[result.type] : null;
  return (
    <>
      <div>
        <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
          Your quiz result
        </p>
        <h1
          id="result-heading"
          className="mt-1 font-serif text-2xl leading-tight font-bold sm:text-3xl"
        >
          {candidate && plain ? plain.headline : copy.outcome.title}
        </h1>
        {typeLabel && plain ? (
          <p className="mt-2">
            Your answers suggest this pattern: <strong>{typeLabel}</strong>. {plain.labelMeans}
          </p>
        ) : null}
      </div>

      {candidate ? (
        <NextAction candidate title={copy.outcome.title} viewer={viewer} />
      ) : (
        <Card aria-labelledby="next-step-heading" className="border-warn-700 bg-warn-50 border-2">
          <h2 id="next-step-heading" className="text-lg font-semibold">
            Your next step
          </h2>
          <WhoAndWhen whoToSee={copy.outcome.whoToSee} howSoon={copy.outcome.howSoon} />
          <div className="mt-3 space-y-2">
            {copy.outcome.body.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </Card>
      )}

      {copy.type ? (
        <Card aria-labelledby="type-heading">
          <h2 id="type-heading" className="text-xl font-semibold">
            What “{copy.type.label}” means
          </h2>
          <p className="mt-2">{copy.type.summary}</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <BulletList heading="What tends to make it worse" items={copy.type.aggravates} />
            <BulletList heading="What tends to ease it" items={copy.type.eases} />
          </div>
          {candidate ? <p className="mt-4">{copy.type.plan}</p> : null}
        </Card>
      ) : null}

      {copy.category ? (
        <Card aria-labelledby="weeks-heading">
          <h2 id="weeks-heading" className="text-xl font-semibold">
            The next two weeks
          </h2>
          <p className="mt-2">{copy.category.summary}</p>
          <ul className="mt-3 list-disc space-y-1.5 pl-5">
            {copy.category.nextTwoWeeks.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Card>
      ) : null}

      {copy.softFlags.length > 0 ? (
        <Card aria-labelledby="notes-heading">
          <h2 id="notes-heading" className="text-xl font-semibold">
            Worth knowing
          </h2>
          <ul className="mt-3 list-disc space-y-1.5 pl-5">
            {copy.softFlags.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Card>
      ) : null}

      {candidate ? (
        <Card aria-labelledby="who-heading">
          <h2 id="who-heading" className="text-xl font-semibold">
            If you want more help
          </h2>
          <WhoAndWhen whoToSee={copy.outcome.whoToSee} howSoon={copy.outcome.howSoon} />
          <div className="mt-3 space-y-2">
            {copy.outcome.body.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </Card>
      ) : null}

      {/* The two classifications in one place, for people who want the detail. */}
      <dl className="grid gap-3 sm:grid-cols-3">
        <Summary term="Pattern">{typeLabel ?? "Not worked out"}</Summary>
        <Summary term="Rest-or-move category">
          {result.category && copy.category ? `${result.category}: ${copy.category.title}` : "—"}
        </Summary>
        {result.runnerUp ? (
          <Summary term="Closest other pattern">{RESULT_TYPE_LABELS[result.runnerUp]}</Summary>
        ) : null}
      </dl>

      {candidate ? null : <NextAction candidate={false} viewer={viewer} />}
    </>
  );
}

function NextAction({
  candidate,
  title,
  viewer,
}: {
  candidate: boolean;
  /** The outcome in words ("You can start your program"), heading the first-screen action. */
  title?: string;
  viewer: ResultViewer;
}) {
  if (viewer.kind === "member") {
    const { activePlan } = viewer;
    const following = activePlan?.assessmentId === viewer.assessmentId;
    return (
      <div className="space-y-3">
        {title ? <h2 className="text-xl font-semibold">{title}</h2> : null}
        {candidate && activePlan && !following ? (
          <p>
            You are following the {RESULT_TYPE_LABELS[activePlan.planType]} plan (phase{" "}
            {activePlan.phase}). Starting this one ends it and begins again at phase 1.
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          {candidate && following ? (
            <ButtonLink href="/program">Go to my program</ButtonLink>
          ) : null}
          {candidate && !following ? (
            <ActionForm action={viewer.startProgram}>
              <input type="hidden" name="assessmentId" value={viewer.assessmentId} />
              <SubmitButton pendingText="Starting…">
                {activePlan ? "Switch to this program" : "Start my program"}
              </SubmitButton>
            </ActionForm>
          ) : null}
          <ButtonLink href="/assessments" variant="secondary">
            All my results
          </ButtonLink>
          <Link href="/quiz" className="underline">
            Retake the quiz
          </Link>
        </div>
      </div>
    );
  }
  return (
    <Card aria-labelledby="save-heading" className="bg-brand-50">
      <h2 id="save-heading" className="text-xl font-semibold">
        {title ?? (candidate ? "Save your result and start your program" : "Save your result")}
      </h2>
      <p className="mt-2">
        {candidate
          ? "Create a free account to save this result and start the program that matches it."
          : "Create a free account to keep this result and track how you get on."}{" "}
        Without one, this browser keeps it for 30 days.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <ButtonLink href="/sign-up?next=/quiz/result">Create a free account</ButtonLink>
        <Link href="/sign-in?next=/quiz/result" className="min-h-11 py-2.5 underline">
          I already have an account
        </Link>
      </div>
    </Card>
  );
}

function WhoAndWhen({ whoToSee, howSoon }: { whoToSee: string; howSoon: string }) {
  return (
    <dl className="mt-3 space-y-2">
      <div>
        <dt className="font-semibold">Who to see</dt>
        <dd>{whoToSee}</dd>
      </div>
      <div>
        <dt className="font-semibold">How soon</dt>
        <dd>{howSoon}</dd>
      </div>
    </dl>
  );
}

function Summary({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-brand-100 rounded-xl border bg-white p-4">
      <dt className="text-muted text-sm">{term}</dt>
      <dd className="mt-1 text-lg font-semibold">{children}</dd>
    </div>
  );
}

function BulletList({ heading, items }: { heading: string; items: readonly string[] }) {
  return (
    <div>
      <h3 className="font-semibold">{heading}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
