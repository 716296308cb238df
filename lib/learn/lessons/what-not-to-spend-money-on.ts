import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const whatNotToSpendMoneyOn: Lesson = {
  id: "what-not-to-spend-money-on",
  title: "What not to spend money on",
  summary: "Belts, traction and gadgets promise a lot. The evidence does not back them.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "When your back hurts, it is tempting to buy anything that promises relief. Many products are sold with big claims. Before you spend, it helps to know what the guidelines say.",
      ],
    },
    {
      heading: "Not recommended",
      paragraphs: [],
      points: [
        "Back belts, braces and corsets: they do not prevent or treat back pain, and wearing one for a long time can leave you feeling less confident to move without it.",
        "Traction (stretching the spine with machines or tables): no good evidence that it helps.",
        "TENS machines: guidelines do not recommend them for back pain.",
        "Special mattresses, chairs or insoles sold as back cures: comfort matters, but no product fixes back pain.",
        "Repeated scans to “check on” the back, when nothing has changed.",
      ],
    },
    {
      heading: "What is worth your time",
      paragraphs: [
        "The things with the best evidence are mostly free: staying active, a regular exercise program, walking, good sleep habits, and learning about pain, as you are doing now. If you want to pay for help, a physiotherapist who gets you moving is a better use of money than a gadget.",
      ],
    },
  ],
  article: {
    slug: "what-not-to-spend-money-on",
    title: "Back pain: what not to spend money on, and what is worth it",
  },
  check: {
    question: "Which of these do guidelines recommend for back pain?",
    options: [
      { id: "a", text: "A back belt worn every day" },
      { id: "b", text: "A traction table" },
      { id: "c", text: "Regular exercise and staying active" },
    ],
    correct: "c",
    explanation:
      "Exercise and staying active have the best evidence, and they cost little. Back belts, traction and TENS are not recommended.",
  },
  tryToday:
    "Before buying any back product, write down what it claims and ask: does a guideline recommend it? Spend the money on good walking shoes instead, if you need them.",
  checkedAgainst: [NICE_NG59, WHO_2023],
  reviewed: REVIEWED,
};
