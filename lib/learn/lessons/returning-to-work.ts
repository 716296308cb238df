import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const returningToWork: Lesson = {
  id: "returning-to-work",
  title: "Returning to work",
  summary: "Staying at work, or going back early with changes, usually helps recovery.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "It may seem safer to stay off work until the pain has gone. But for most people, staying at work, or returning early, helps the back get better. Long time off tends to make returning harder. Work gives structure, movement, company and income, which all help.",
        "You do not have to be pain-free to work. The aim is work you can manage now, building up to your usual job.",
      ],
    },
    {
      heading: "Talk to your employer",
      paragraphs: ["Short-term changes can make a big difference. Ask about:"],
      points: [
        "lighter tasks, or help with heavy lifting, for a few weeks",
        "shorter days or a phased return",
        "more breaks, and changing position often",
        "working some days from home, if your job allows",
      ],
    },
    {
      paragraphs: [
        "Your doctor can suggest changes in a fit note (in the UK) or a similar note elsewhere. An occupational health service, if your work has one, can help plan your return.",
        "If your job is physical, build up your strength for it with your program, and start with the tasks you feel surest about.",
      ],
    },
  ],
  article: {
    slug: "returning-to-work-with-back-pain",
    title: "Returning to work with back pain: a step-by-step guide",
  },
  check: {
    question: "What usually helps people with back pain most with work?",
    options: [
      { id: "a", text: "Staying off until all the pain has gone" },
      { id: "b", text: "Staying at or returning to work early, with changes if needed" },
      { id: "c", text: "Changing to a job with no physical activity" },
    ],
    correct: "b",
    explanation:
      "Staying at work, or returning early with temporary changes, usually helps recovery. Waiting until all the pain has gone often makes the return harder.",
  },
  tryToday:
    "List one task at work that is hard right now and one change that would help. Plan when to ask about it.",
  checkedAgainst: [NICE_NG59, WHO_2023],
  reviewed: REVIEWED,
};
