// Kept out of actions.ts: a "use server" module may export async functions only.
export const QUIZ_REJECTED_MESSAGE =
  "Some answers are not ones this quiz offers, so nothing was saved. Please go back through the questions, or start the quiz again.";

export const QUIZ_TOO_OFTEN_MESSAGE =
  "The quiz has been taken many times from this connection in the last hour, so this result was not saved. Please try again later. If you have new bladder or bowel problems, numbness around your genitals or back passage, or weakness in both legs, get urgent care now.";
