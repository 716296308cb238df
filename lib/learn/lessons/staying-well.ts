import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const stayingWell: Lesson = {
  id: "staying-well",
  title: "Staying well and preventing recurrence",
  summary: "Walking and regular exercise make the next episode less likely.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Back pain often comes back: many people have another episode within a year. That does not mean something is wrong with your back. It means staying active is worth keeping up after the pain eases.",
      ],
    },
    {
      heading: "What the evidence says",
      paragraphs: [
        "Exercise, together with learning about back pain, is the best-supported way to lower the chance of another episode. In one large trial (WalkBack), people who followed a walking program with some education went almost twice as long before their next activity-limiting episode as people who did not.",
      ],
    },
    {
      heading: "A plan for keeping well",
      paragraphs: [],
      points: [
        "Walk most days. Build up to around 30 minutes, at a pace that warms you up.",
        "Keep two or three strength sessions a week, like the resilience phase of your program.",
        "Keep breaking up long sitting.",
        "Protect your sleep, and notice stress before it builds up.",
        "Have a flare plan ready, so a bad day does not turn into weeks of doing nothing.",
      ],
    },
    {
      paragraphs: [
        "If pain does come back, use what you have learned: keep moving, pace yourself, and get checked if warning signs appear or it is not clearly better after 2–4 weeks.",
      ],
    },
  ],
  article: {
    slug: "staying-well-after-an-episode",
    title: "Staying well after back pain: how to lower the chance it comes back",
  },
  check: {
    question: "Your back pain has gone. What is the best way to keep it away?",
    options: [
      { id: "a", text: "Keep walking and exercising regularly" },
      { id: "b", text: "Stop exercising now that it has gone" },
      { id: "c", text: "Avoid bending and lifting from now on" },
    ],
    correct: "a",
    explanation:
      "Regular walking and exercise lower the chance of another episode. Stopping, or avoiding normal movements, leaves the back less ready for everyday life.",
  },
  tryToday: "Put three walks in your calendar for this week, and choose the time of day for each.",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Pocovi et al. 2024, WalkBack trial (The Lancet)",
    "Steffens et al. 2016, prevention of low back pain (JAMA Internal Medicine)",
  ],
  reviewed: REVIEWED,
};
