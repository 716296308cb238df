import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const stressAndMood: Lesson = {
  id: "stress-and-mood",
  title: "Stress and mood",
  summary: "Stress and low mood turn the pain volume up. Looking after them is part of treatment.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Your back and your mind are connected. When you are stressed, worried or low, your nervous system is on high alert, and pain feels stronger. Stress and low mood are also linked to more flares. This does not mean the pain is imaginary. It means there are more ways to turn it down.",
        "Back pain can itself cause stress: worry about work, money, sleep or what the pain means. That is normal, and it is worth talking about.",
      ],
    },
    {
      heading: "Things that help",
      paragraphs: [],
      points: [
        "Move every day. Activity is one of the best mood boosters we have.",
        "Keep doing things you enjoy, even in a smaller way.",
        "Stay in touch with people. Tell someone you trust how you are doing.",
        "Try slow breathing: breathe in for 4, out for 6, for a few minutes.",
        "Note stress in your journal. It may show a link with your pain days.",
      ],
    },
    {
      heading: "When to ask for more help",
      paragraphs: [
        "If you feel low most days, have lost interest in things, or feel hopeless, talk to your doctor. Psychological therapies, such as cognitive behavioural therapy, are recommended for long-lasting back pain alongside exercise. If you ever think about harming yourself, get help now: call your local emergency number or a crisis line.",
      ],
    },
  ],
  article: {
    slug: "self-management-journal-sleep-food-stress",
    title: "Self-management for back pain: journal, sleep, food and stress",
  },
  check: {
    question: "Why can stress make back pain worse?",
    options: [
      { id: "a", text: "It puts the nervous system on alert, so the same back hurts more" },
      { id: "b", text: "Because stress weakens the muscles of your back" },
      { id: "c", text: "Stress damages the discs in your spine" },
    ],
    correct: "a",
    explanation:
      "Stress turns up the nervous system’s alarm, so pain feels stronger. The pain is real, and stress does not weaken or damage your back. Calming stress is one more way to turn the pain down.",
  },
  tryToday:
    "Take five minutes for slow breathing (in for 4, out for 6), then write one word about your stress level in your journal.",
  checkedAgainst: [NICE_NG59, WHO_2023, "Suri et al. 2018, triggers of back pain flares (Spine)"],
  reviewed: REVIEWED,
};
