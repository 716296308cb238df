import Link from "next/link";
import { CourseProgressBar } from "@/components/learn/course-progress-bar";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { formatDate } from "@/lib/articles/dates";
import { LESSONS, courseProgress, lessonNumber, neighbours } from "@/lib/learn/lessons";
import { LEARN_PATH, lessonPath } from "@/lib/learn/paths";
import type { Lesson } from "@/lib/learn/types";
import { CheckQuestion } from "./check-question";

/**
 * One lesson: its short body, the check question, "try this today", its sources and the way on.
 * `done` is null for guests and the member's completed lesson ids otherwise.
 */
export function LessonView({
  lesson,
  picked,
  done,
}: {
  lesson: Lesson;
  picked: string | null;
  done: ReadonlySet<string> | null;
}) {
  const number = lessonNumber(lesson);
  const { previous, next } = neighbours(lesson);
  const progress = done ? courseProgress(done) : null;
  const isDone = done?.has(lesson.id) ?? false;

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:py-12">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link className="underline" href={LEARN_PATH}>
          Learn
        </Link>{" "}
        <span aria-hidden="true">›</span> Lesson {number} of {LESSONS.length}
      </nav>

      <article className="mt-4 space-y-8">
        <header className="space-y-3">
          <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">
            {lesson.title}
          </h1>
          <p className="text-muted text-lg">{lesson.summary}</p>
          <p className="text-muted text-sm">
            {lesson.minutes} min read
            {isDone ? (
              <>
                {" · "}
                <span className="text-brand-800 font-semibold">✓ Done</span>
              </>
            ) : null}
          </p>
        </header>

        <DisclaimerBox />

        <div className="max-w-[68ch] space-y-6 text-lg leading-relaxed">
          {lesson.body.map((section, i) => (
            <section key={i} className="space-y-3">
              {section.heading ? (
                <h2 className="font-serif text-2xl font-bold">{section.heading}</h2>
              ) : null}
              {section.paragraphs.map((text, j) => (
                <p key={j}>{text}</p>
              ))}
              {section.points ? (
                <ul className="list-disc space-y-2 pl-6">
                  {section.points.map((point, j) => (
                    <li key={j}>{point}</li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </div>

        {lesson.redFlags ? <RedFlagList title="Warning signs and how soon to act" /> : null}

        {lesson.article ? (
          <p className="border-brand-100 rounded-xl border bg-white p-4">
            <span className="font-semibold">Want more detail?</span> Read the full article:{" "}
            <Link className="underline" href={`/articles/${lesson.article.slug}`}>
              {lesson.article.title}
            </Link>
          </p>
        ) : null}

        <CheckQuestion
          lesson={lesson}
          picked={picked}
          member={done !== null}
          afterAnswer={
            progress ? (
              isDone ? (
                <div className="border-brand-100 space-y-3 border-t pt-3">
                  <p className="text-brand-800 font-semibold">
                    Lesson done. It is ticked on your course.
                  </p>
                  <CourseProgressBar done={progress.done} total={progress.total} />
                  {progress.next ? (
                    <p>
                      <Link className="font-semibold underline" href={lessonPath(progress.next.id)}>
                        Up next: {progress.next.title}
                      </Link>
                    </p>
                  ) : (
                    <p>
                      You have done every lesson.{" "}
                      <Link className="underline" href={LEARN_PATH}>
                        Back to the course
                      </Link>
                    </p>
                  )}
                </div>
              ) : null
            ) : (
              <p className="text-muted border-brand-100 border-t pt-3 text-sm">
                Members see which lessons they have done.{" "}
                <Link
                  className="underline"
                  href={`/sign-in?next=${encodeURIComponent(lessonPath(lesson.id))}`}
                >
                  Sign in
                </Link>{" "}
                to keep track (optional).
              </p>
            )
          }
        />

        <section
          aria-labelledby="try-heading"
          className="border-brand-100 space-y-2 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
        >
          <h2 id="try-heading" className="font-serif text-2xl font-bold">
            Try this today
          </h2>
          <p className="text-lg">{lesson.tryToday}</p>
        </section>

        <footer className="text-muted space-y-1 text-sm">
          <p>
            Written by the LBPfix editorial team. Checked against:{" "}
            {lesson.checkedAgainst.join("; ")}.
          </p>
          <p>Last reviewed {formatDate(lesson.reviewed)}.</p>
        </footer>
      </article>

      <nav aria-label="Lessons" className="mt-10 grid gap-3 sm:grid-cols-2">
        {previous ? (
          <Link
            href={lessonPath(previous.id)}
            className="border-brand-100 hover:bg-brand-50 rounded-xl border bg-white p-4 no-underline"
          >
            <span className="text-muted block text-sm">Previous lesson</span>
            <span className="text-ink font-semibold underline">{previous.title}</span>
          </Link>
        ) : (
          <span className="hidden sm:block" />
        )}
        {next ? (
          <Link
            href={lessonPath(next.id)}
            className="border-brand-100 hover:bg-brand-50 rounded-xl border bg-white p-4 no-underline sm:text-right"
          >
            <span className="text-muted block text-sm">Next lesson</span>
            <span className="text-ink font-semibold underline">{next.title}</span>
          </Link>
        ) : (
          <Link
            href={LEARN_PATH}
            className="border-brand-100 hover:bg-brand-50 rounded-xl border bg-white p-4 no-underline sm:text-right"
          >
            <span className="text-muted block text-sm">That was the last lesson</span>
            <span className="text-ink font-semibold underline">Back to the course</span>
          </Link>
        )}
      </nav>
    </div>
  );
}
