import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const whyBacksHurt: Lesson = {
  id: "why-backs-hurt",
  title: "Why backs hurt, and why it is rarely damage",
  summary: "Most back pain is common, real and not a sign of serious damage.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Lower back pain is one of the most common health problems in the world. Most adults have it at some point. It can hurt a lot, and the pain is real. But in most people, doctors cannot point to one damaged part that explains it.",
        "Doctors call this “non-specific” low back pain. That sounds vague, but it is good news: it means no serious disease was found, and it usually gets better.",
      ],
    },
    {
      heading: "What is going on, then?",
      paragraphs: [
        "Your back is strong. It is made of thick bones, discs, joints and many layers of muscle, and it is built to bend, twist and carry. Pain is your nervous system’s alarm. It can go off when tissues are strained or sore, but it also gets louder with poor sleep, stress, worry, tiredness and long spells of sitting still.",
        "So pain is a mix of what happens in your back and how sensitive your alarm system is right now. Both are real, and both can change.",
      ],
    },
    {
      heading: "What usually happens",
      paragraphs: [
        "Most new episodes of back pain ease a lot within a few weeks. Some people get it again later, and that is common too. The things that help most are simple:",
      ],
      points: [
        "keep moving in ways you can manage, even if you do less than usual for a few days",
        "carry on with daily life and work as much as you can",
        "rest when you want to, but avoid long spells lying down",
      ],
    },
    {
      heading: "When to think again",
      paragraphs: [
        "A few warning signs mean you should get checked quickly. The last lesson in this course lists them, and so does every article on this site. If your pain is worse, or not clearly better, after 2–4 weeks, see a doctor or physiotherapist.",
      ],
    },
  ],
  check: {
    question: "Most lower back pain is caused by…",
    options: [
      { id: "a", text: "a slipped disc that needs surgery" },
      {
        id: "b",
        text: "no single damaged part: a sensitive alarm system plus strained or sore tissues",
      },
      { id: "c", text: "a weak spine that needs protecting" },
    ],
    correct: "b",
    explanation:
      "Most back pain has no single damaged part behind it. Tissues can be sore and the nervous system can be extra sensitive, and both settle with time and movement. Your spine is strong, not weak.",
  },
  tryToday:
    "Go for a walk, even a short one, at a pace that feels comfortable. Notice that moving is allowed.",
  checkedAgainst: [NICE_NG59, WHO_2023],
  reviewed: REVIEWED,
};
