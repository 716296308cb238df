// Kept out of actions.ts: a "use server" module may export async functions only.
export const QUIZ_REJECTED_MESSAGE =
  "Some answers are not ones this quiz offers, so nothing was saved. Please go back through the questions, or start the quiz again.";
