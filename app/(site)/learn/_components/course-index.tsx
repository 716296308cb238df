import Link from "next/link";
import { CourseProgressBar } from "@/components/learn/course-progress-bar";
import { ButtonLink } from "@/components/ui/button-link";
import { LESSONS, courseProgress } from "@/lib/learn/lessons";
import { lessonPath } from "@/lib/learn/paths";

/**
 * The course list. `done` is null for guests (the prerendered page) and the member's completed
 * lesson ids otherwise (the per-request twin): only then do ticks and the progress bar show.
 */
export function CourseIndex({ done }: { done: ReadonlySet<string> | null }) {
  const progress = done ? courseProgress(done) : null;
  const start = progress?.next ?? LESSONS[0];
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:py-12">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl">
          Learn: a short course on back pain
        </h1>
        <p className="text-muted text-lg">
          {LESSONS.length} short lessons, 3–5 minutes each. Each ends with one question to check
          what you have learned and one thing to try today. Start at the top, or pick the lesson you
          need.
        </p>
      </header>

      <section aria-label="Your progress" className="mt-6 space-y-4">
        {progress ? (
          <>
            <CourseProgressBar done={progress.done} total={progress.total} />
            {progress.next ? (
              <ButtonLink href={lessonPath(progress.next.id)}>
                {progress.done === 0 ? "Start" : "Continue with"}: {progress.next.title}
              </ButtonLink>
            ) : (
              <p className="text-brand-800 font-medium">
                You have done every lesson. Come back to any of them when you need a reminder.
              </p>
            )}
          </>
        ) : (
          <>
            <ButtonLink href={lessonPath(start!.id)}>Start the first lesson</ButtonLink>
            <p className="text-muted text-sm">
              Every lesson is free to read. Members also see which lessons they have done:{" "}
              <Link className="underline" href="/sign-in?next=%2Flearn">
                sign in
              </Link>{" "}
              to keep track.
            </p>
          </>
        )}
      </section>

      <ol className="mt-8 space-y-3" aria-label="Lessons">
        {LESSONS.map((lesson, i) => {
          const isDone = done?.has(lesson.id) ?? false;
          return (
            <li key={lesson.id}>
              {/* No prefetch: seventeen links in view would be seventeen background requests,
                  and for a member each is a per-request render of the twin with a database read. */}
              <Link
                href={lessonPath(lesson.id)}
                prefetch={false}
                className="group border-brand-100 hover:border-brand-200 hover:bg-brand-50 flex items-start gap-4 rounded-2xl border bg-white p-4 no-underline shadow-sm sm:p-5"
              >
                <span
                  aria-hidden="true"
                  className={`flex size-9 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
                    isDone
                      ? "bg-brand-700 text-white"
                      : "bg-brand-50 text-brand-800 border-brand-200 border"
                  }`}
                >
                  {isDone ? "✓" : i + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="text-ink block font-semibold underline-offset-2 group-hover:underline">
                    <span className="sr-only">Lesson {i + 1}: </span>
                    {lesson.title}
                    {isDone ? <span className="sr-only"> (done)</span> : null}
                  </span>
                  <span className="text-muted mt-1 block text-sm">{lesson.summary}</span>
                  {/* On a phone the time sits under the summary, leaving the title the width. */}
                  <span className="text-muted mt-1 block text-sm sm:hidden">
                    {lesson.minutes} min
                  </span>
                </span>
                <span className="text-muted hidden shrink-0 text-sm whitespace-nowrap sm:block">
                  {lesson.minutes} min
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
