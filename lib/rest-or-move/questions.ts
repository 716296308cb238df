// The guide's questions in the order they are asked. Keys and values are the
// URL query parameters (the guide is a GET form), so they are part of the
// public contract: links people share must keep working.

export const QUESTIONS = {
  pain: {
    prompt: "At its worst in the last 24 hours, how bad has the pain been?",
    options: [
      {
        value: "mild",
        label: "Mild",
        hint: "Noticeable, but I can do most things (about 1–4 out of 10)",
      },
      {
        value: "moderate",
        label: "Moderate",
        hint: "It gets in the way of some things (about 5–6 out of 10)",
      },
      {
        value: "severe",
        label: "Severe",
        hint: "Hard to ignore; it limits a lot (about 7–8 out of 10)",
      },
      {
        value: "extreme",
        label: "Extreme",
        hint: "Debilitating; I can barely move (about 9–10 out of 10)",
      },
    ],
  },
  dailyFunction: {
    prompt: "Can you walk, get out of bed and get dressed?",
    options: [
      { value: "yes", label: "Yes", hint: "Maybe slowly or with some pain" },
      { value: "difficult", label: "Only with great difficulty", hint: undefined },
      { value: "no", label: "No", hint: undefined },
    ],
  },
  activityResponse: {
    prompt: "How does moving affect the pain?",
    options: [
      {
        value: "worseWithAll",
        label: "It gets worse with any and all activity",
        hint: "Whatever I do, it keeps getting worse",
      },
      {
        value: "stable",
        label: "Some things hurt, but it stays about the same",
        hint: "It doesn’t build up as I keep going",
      },
      {
        value: "easesWithMovement",
        label: "It eases as I get moving",
        hint: "Worse at first, better once I’m going",
      },
    ],
  },
  recentInjury: {
    prompt: "Did it start with a specific injury to one area in the last two weeks?",
    hint: "For example a strain while lifting, or a twist or knock during sport. A major accident or fall is a red flag: see the note at the top.",
    options: [
      { value: "yes", label: "Yes", hint: undefined },
      { value: "no", label: "No", hint: undefined },
    ],
  },
  aggravatingActivity: {
    prompt: "Is there a particular activity that clearly makes it worse?",
    hint: "For example running, lifting, or sitting for a long time.",
    options: [
      { value: "yes", label: "Yes", hint: undefined },
      { value: "no", label: "No", hint: undefined },
    ],
  },
} as const satisfies Record<string, Question>;

export type Question = {
  prompt: string;
  hint?: string;
  options: readonly { value: string; label: string; hint: string | undefined }[];
};

export type QuestionId = keyof typeof QUESTIONS;
export type AnswerValue<Q extends QuestionId> = (typeof QUESTIONS)[Q]["options"][number]["value"];
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> };

export const QUESTION_ORDER: readonly QuestionId[] = [
  "pain",
  "dailyFunction",
  "activityResponse",
  "recentInjury",
  "aggravatingActivity",
];
