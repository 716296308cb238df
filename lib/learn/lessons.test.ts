import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  LESSONS,
  LESSON_ID_MAX_LENGTH,
  checkAnswer,
  courseProgress,
  lessonById,
  lessonNumber,
  neighbours,
} from "./lessons";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the course", () => {
  it("has the 17 lessons of docs/product.md §11, in its order", () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      "why-backs-hurt",
      "hurt-is-not-harm",
      "flares",
      "pacing",
      "sitting",
      "sleep",
      "stress-and-mood",
      "lifting-and-carrying",
      "pain-relief",
      "sciatica",
      "scans",
      "returning-to-work",
      "pregnancy",
      "older-adults",
      "what-not-to-spend-money-on",
      "staying-well",
      "when-to-see-someone",
    ]);
  });

  it("gives every lesson a unique, URL-safe id and a unique title", () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(LESSONS.map((l) => l.title)).size).toBe(LESSONS.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(LESSON_ID_MAX_LENGTH);
    }
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    "%s: one check question with exactly one right answer, an explanation and a try-this-today",
    (_id, lesson) => {
      const optionIds = lesson.check.options.map((o) => o.id);
      expect(optionIds.length).toBeGreaterThanOrEqual(2);
      expect(new Set(optionIds).size).toBe(optionIds.length);
      expect(optionIds.filter((o) => o === lesson.check.correct)).toHaveLength(1);
      expect(lesson.check.explanation.length).toBeGreaterThan(40);
      expect(lesson.tryToday.length).toBeGreaterThan(20);
      expect(lesson.checkedAgainst.length).toBeGreaterThan(0);
      expect(lesson.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    "%s: a 3–5 minute read, with a body short enough to read in that time",
    (_id, lesson) => {
      expect(lesson.minutes).toBeGreaterThanOrEqual(3);
      expect(lesson.minutes).toBeLessThanOrEqual(5);
      const bodyWords = lesson.body
        .flatMap((s) => [s.heading ?? "", ...s.paragraphs, ...(s.points ?? [])])
        .reduce((n, t) => n + words(t), 0);
      expect(bodyWords).toBeGreaterThan(150);
      expect(bodyWords).toBeLessThanOrEqual(600);
    },
  );

  it("keeps the tone rules of docs/product.md §6 in every lesson", () => {
    const text = JSON.stringify(LESSONS).toLowerCase();
    expect(text.match(/diagnos\w*/g)).toBeNull();
    expect(text.match(/fragile/g)).toBeNull();
    expect(text.match(/imaginary/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // "In your head" only ever appears to say the pain is not.
    const heads = [...text.matchAll(/.{0,12}in your head/g)].map((m) => m[0]);
    expect(heads.filter((h) => !h.includes("not"))).toEqual([]);
  });

  it("links only to articles that exist, under the article's own title", () => {
    const dir = path.resolve("content/articles");
    for (const lesson of LESSONS) {
      if (!lesson.article) continue;
      const file = path.join(dir, `${lesson.article.slug}.mdx`);
      expect(fs.existsSync(file), lesson.article.slug).toBe(true);
      const title = /^title: "(.*)"$/m.exec(fs.readFileSync(file, "utf8"))?.[1];
      expect(lesson.article.title, lesson.article.slug).toBe(title);
    }
  });

  it("shows the shared red-flag list on the 'when to see someone' lesson", () => {
    expect(lessonById("when-to-see-someone")?.redFlags).toBe(true);
  });
});

describe("lessonById, lessonNumber and neighbours", () => {
  it("finds a lesson by id and numbers it from 1", () => {
    const pacing = lessonById("pacing");
    expect(pacing?.title).toBe("Pacing and the boom–bust cycle");
    expect(pacing && lessonNumber(pacing)).toBe(4);
    expect(lessonById("no-such-lesson")).toBeUndefined();
    expect(lessonById("__proto__")).toBeUndefined();
  });

  it("gives the first lesson no previous and the last no next", () => {
    const first = LESSONS[0]!;
    const last = LESSONS[LESSONS.length - 1]!;
    expect(neighbours(first)).toEqual({ previous: null, next: LESSONS[1] });
    expect(neighbours(last)).toEqual({ previous: LESSONS[LESSONS.length - 2], next: null });
  });
});

describe("courseProgress", () => {
  it("points a new member at the first lesson", () => {
    expect(courseProgress([])).toEqual({ done: 0, total: 17, next: LESSONS[0] });
  });

  it("moves the next lesson on as lessons are done", () => {
    expect(courseProgress(["why-backs-hurt"]).next?.id).toBe("hurt-is-not-harm");
    expect(courseProgress(["why-backs-hurt", "hurt-is-not-harm"]).next?.id).toBe("flares");
  });

  it("points back to the first lesson skipped, not past the furthest one done", () => {
    const progress = courseProgress(["why-backs-hurt", "flares", "pacing"]);
    expect(progress.done).toBe(3);
    expect(progress.next?.id).toBe("hurt-is-not-harm");
  });

  it("ignores ids of lessons no longer in the course and counts duplicates once", () => {
    expect(courseProgress(["retired-lesson", "flares", "flares"]).done).toBe(1);
  });

  it("has no next lesson once all are done", () => {
    expect(courseProgress(LESSONS.map((l) => l.id))).toEqual({ done: 17, total: 17, next: null });
  });
});

describe("checkAnswer", () => {
  const lesson = lessonById("why-backs-hurt")!;
  it("says whether the pick is the right answer", () => {
    expect(checkAnswer(lesson, "b")).toEqual({ picked: "b", correct: true });
    expect(checkAnswer(lesson, "a")).toEqual({ picked: "a", correct: false });
  });
  it("refuses a pick that is not an option", () => {
    expect(checkAnswer(lesson, "z")).toBeNull();
    expect(checkAnswer(lesson, "")).toBeNull();
  });
});
