// The course's URLs, in one place for the pages, the action and the rewrites' twins.

export const LEARN_PATH = "/learn";

export function lessonPath(id: string): string {
  return `${LEARN_PATH}/${id}`;
}

/** The lesson with the reader's pick: the explanation (or "pick one") shows at the question. */
export function lessonAnswerPath(id: string, picked: string): string {
  return `${lessonPath(id)}?${new URLSearchParams({ answer: picked }).toString()}#check`;
}
