import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const sitting: Lesson = {
  id: "sitting",
  title: "Sitting and movement breaks",
  summary: "There is no perfect posture. The best posture is the next one: change often.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "Many people believe there is one correct way to sit, and that slouching damages the back. The evidence does not support that. People with and without back pain sit in all sorts of ways. What seems to matter more is sitting still for a long time.",
        "Long spells of sitting are linked to more back pain flares. The fix is simple: move more often.",
      ],
    },
    {
      heading: "Easy ways to break up sitting",
      paragraphs: [],
      points: [
        "Stand up or shift position every 20–30 minutes. Set a timer if you forget.",
        "Walk to get water, take phone calls standing, or use the stairs.",
        "Vary how you sit: lean back, sit forward, put your feet up for a bit. All are allowed.",
        "Set your chair and screen so you are comfortable, but do not chase a perfect set-up.",
      ],
    },
    {
      paragraphs: [
        "If sitting is what hurts most, you may find shorter sits with more breaks work best at first. Build the time up as your back settles.",
      ],
    },
  ],
  article: {
    slug: "sitting-and-desk-work-with-back-pain",
    title: "Sitting and desk work with lower back pain",
  },
  check: {
    question: "Which helps a back that gets sore at a desk the most?",
    options: [
      { id: "a", text: "Finding the one perfect posture and holding it" },
      { id: "b", text: "An expensive chair" },
      { id: "c", text: "Changing position and getting up often" },
    ],
    correct: "c",
    explanation:
      "No single posture protects your back. Moving often, and changing how you sit, helps more than any chair or perfect set-up.",
  },
  tryToday:
    "Set a 30-minute timer while you sit today. Each time it goes off, stand up and move for one minute.",
  checkedAgainst: [NICE_NG59, WHO_2023, "Slater et al. 2019, JOSPT editorial on sitting posture"],
  reviewed: REVIEWED,
};
