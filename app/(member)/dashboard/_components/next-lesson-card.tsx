import Link from "next/link";
import { CourseProgressBar } from "@/components/learn/course-progress-bar";
import { ButtonLink } from "@/components/ui/button-link";
import type { CourseProgress } from "@/lib/learn/lessons";
import { LEARN_PATH, lessonPath } from "@/lib/learn/paths";

/** The dashboard's pointer into the course (docs/product.md §11): the first lesson not yet done. */
export function NextLessonCard({ course }: { course: CourseProgress }) {
  if (!course.next) {
    return (
      <div className="space-y-3">
        <CourseProgressBar done={course.done} total={course.total} />
        <p>
          You have done every lesson in the course.{" "}
          <Link className="underline" href={LEARN_PATH}>
            Look back at any of them
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p>
        <span className="font-semibold">{course.next.title}</span>{" "}
        <span className="text-muted">· {course.next.minutes} min</span>
      </p>
      <p className="text-muted">{course.next.summary}</p>
      <CourseProgressBar done={course.done} total={course.total} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ButtonLink href={lessonPath(course.next.id)}>
          {course.done === 0 ? "Start the course" : "Read the next lesson"}
        </ButtonLink>
        <Link className="underline" href={LEARN_PATH}>
          All lessons
        </Link>
      </div>
    </div>
  );
}
