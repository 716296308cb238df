import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const flares: Lesson = {
  id: "flares",
  title: "Flares and what to do",
  summary: "Flare-ups are common and usually settle. Have a plan ready before the next one.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "A flare is a spell when your back pain is clearly worse than usual. Almost everyone with back pain has them, and many people have several a year. A flare can feel scary, but it is rarely a sign of new damage. Most settle within days to a couple of weeks.",
        "Common triggers include long spells of sitting, poor sleep, stress, or doing a lot more than usual in one go. Often there is no clear reason at all.",
      ],
    },
    {
      heading: "During a flare",
      paragraphs: [],
      points: [
        "Keep moving gently. Short walks, often, are usually better than one long one.",
        "Change position every 20–30 minutes. Lie down for a while if it helps, then get up again.",
        "Do an easier version of your usual exercises, or fewer of them. Do not stop everything.",
        "Use heat, and pain relief if it suits you, so you can keep moving (see the pain-relief lesson).",
        "Keep to your normal day as much as you can, including work if possible.",
      ],
    },
    {
      heading: "Coming out of it",
      paragraphs: [
        "As the pain settles, build back up over a week or two rather than jumping straight back to where you were. Look back at your journal: did anything come before the flare? That can help you spot a pattern.",
        "If you have any of the warning signs in the “When to see someone” lesson, get checked. Also see a doctor or physiotherapist if the flare is worse, or not clearly better, after 2–4 weeks.",
      ],
    },
  ],
  article: {
    slug: "returning-to-gym-after-a-flare",
    title: "Returning to the gym or sport after a back flare",
  },
  check: {
    question: "Your back flares up after a long car journey. What is the best first step?",
    options: [
      { id: "a", text: "Short, gentle walks and changing position often" },
      { id: "b", text: "Stay in bed until the pain has gone completely" },
      { id: "c", text: "Do your full usual workout to push through it" },
    ],
    correct: "a",
    explanation:
      "Gentle movement and frequent changes of position help a flare settle. Lying down for a while is fine, but staying in bed tends to make backs stiffer. Pushing through your full workout can keep the flare going: do an easier version for now.",
  },
  tryToday:
    "Write a three-line flare plan: two gentle movements you can do, one thing that eases your pain, and who you would call if warning signs appeared.",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Setchell et al. 2017, what people mean by a back pain flare",
    "Suri et al. 2018, triggers of back pain flares (Spine)",
  ],
  reviewed: REVIEWED,
};
