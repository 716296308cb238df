import type { Lesson } from "../types";
import { REVIEWED, WHO_2023 } from "./sources";

export const olderAdults: Lesson = {
  id: "older-adults",
  title: "Older adults, osteoporosis and stenosis",
  summary: "Moving is still the best medicine with age, with a few adjustments.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Back pain is common as we get older, and so is fear of moving. But staying active matters even more with age: it keeps muscles strong, keeps you steady on your feet and protects your independence.",
      ],
    },
    {
      heading: "Osteoporosis",
      paragraphs: [
        "Osteoporosis means the bones are less dense. Exercise is safe and recommended for people with it. Strength and balance exercises help build bone and lower the risk of falls. Build up gradually. If you have had a spinal fracture, ask a physiotherapist which movements suit you.",
        "A sudden, severe new back pain in someone with osteoporosis, even after a minor fall or a cough, can be a fracture. Get it checked by a doctor soon.",
      ],
    },
    {
      heading: "Spinal stenosis",
      paragraphs: [
        "Spinal stenosis is a narrowing of the space around the nerves in the lower back. It often causes leg pain, heaviness or tingling when walking or standing, which eases when you sit or bend forward. Things that help:",
      ],
      points: [
        "walk in short bouts, with rests on a bench, and build up the distance",
        "lean on a shopping trolley or walking poles",
        "try cycling, which bends you forward and is often more comfortable",
      ],
    },
    {
      paragraphs: [
        "Balance work, like standing on one leg near a kitchen counter, helps prevent falls. A leg that is getting weaker needs urgent care: the warning signs are in the “When to see someone” lesson.",
      ],
    },
  ],
  article: {
    slug: "older-adults-osteoporosis-and-spinal-stenosis",
    title: "Back pain in later life: osteoporosis, spinal stenosis and staying strong",
  },
  check: {
    question:
      "Someone with spinal stenosis gets leg pain after 5 minutes of walking. What could help?",
    options: [
      { id: "a", text: "Stop walking altogether" },
      { id: "b", text: "Walk in short bouts with rests, and try cycling" },
      { id: "c", text: "Only walk uphill" },
    ],
    correct: "b",
    explanation:
      "Short walks with rests, leaning forward on a trolley or poles, and cycling are often comfortable with stenosis. Building up slowly keeps you active and strong. Stopping altogether makes it harder later.",
  },
  tryToday:
    "Stand beside a kitchen counter and practise standing on one leg for up to 10 seconds each side, holding on as needed.",
  checkedAgainst: [
    WHO_2023,
    "Royal Osteoporosis Society: Strong, Steady and Straight, exercise and osteoporosis (2019, updated 2022)",
  ],
  reviewed: REVIEWED,
};
