import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const pacing: Lesson = {
  id: "pacing",
  title: "Pacing and the boom–bust cycle",
  summary: "Do a steady amount on good days and bad days, then build up slowly.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "On a good day it is tempting to catch up on everything: the garden, the shopping, the long walk. Then the pain comes back hard and you spend days doing very little. This is the boom–bust cycle. Over time, the busts can get longer and the booms shorter.",
        "Pacing breaks the cycle. It means doing a steady amount whether the day feels good or bad, and building up in small steps.",
      ],
    },
    {
      heading: "How to pace",
      paragraphs: [],
      points: [
        "Find your baseline: how much of an activity you can do on most days without a big flare the next day. For walking it might be 10 minutes.",
        "Start a bit below that, so it feels easy.",
        "Build up slowly, for example by about a tenth each week, if the last week went fine.",
        "Break big jobs into chunks with short breaks, before the pain forces you to stop.",
        "On bad days, do a smaller amount rather than nothing.",
      ],
    },
    {
      paragraphs: [
        "Pacing is not about doing less for ever. It is a steady path to doing more, without the crashes. Your journal helps: it shows what you actually did and how your back felt the next day.",
      ],
    },
  ],
  article: {
    slug: "pain-science-pacing-and-boom-bust",
    title: "Hurt is not harm: pain science, pacing and the boom–bust cycle",
  },
  check: {
    question: "You feel great today. What does pacing suggest?",
    options: [
      { id: "a", text: "Do as much as you can while it lasts" },
      {
        id: "b",
        text: "Do about your usual amount, maybe a little more, and save the rest for later",
      },
      { id: "c", text: "Rest all day so the good feeling lasts" },
    ],
    correct: "b",
    explanation:
      "Pacing means a steady amount on good and bad days. Doing everything on a good day often leads to a bust. Resting all day does not protect your back either. Keep to your plan and build up a little at a time.",
  },
  tryToday:
    "Choose one activity and time how long you can do it comfortably. Write that number down as your baseline.",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Andrews et al. 2012, activity pacing in chronic pain (review)",
  ],
  reviewed: REVIEWED,
};
