import type { Lesson } from "../types";
import { ACP_2017, NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const painRelief: Lesson = {
  id: "pain-relief",
  title: "Pain relief, heat and medicines",
  summary: "Heat and some medicines can take the edge off so you can keep moving.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Pain relief does not fix back pain on its own. Its job is to make moving easier while your back settles. Think of it as a helper for staying active.",
      ],
    },
    {
      heading: "Heat",
      paragraphs: [
        "A heat pack, hot-water bottle or warm bath can ease pain and stiffness, especially in the first weeks. Wrap the heat source in a cloth, use it for 15–20 minutes at a time, and check your skin so it does not burn.",
      ],
    },
    {
      heading: "Medicines you can buy",
      paragraphs: [
        "Anti-inflammatory tablets, such as ibuprofen, can help some people. If you use them, take the lowest dose that helps, for the shortest time. They are not safe for everyone, for example people with some stomach, kidney or heart problems, or who take certain other medicines. Ask a pharmacist or doctor first if you are unsure.",
        "Paracetamol on its own is not recommended for back pain, because studies show it does little for it.",
      ],
    },
    {
      heading: "Stronger medicines",
      paragraphs: [
        "Opioids, such as codeine, are not recommended for long-term back pain. The risks, including dependence, outweigh the small benefit. If you are taking them now, do not stop suddenly: talk to your doctor about a plan.",
      ],
    },
  ],
  article: {
    slug: "pain-relief-heat-and-medicines",
    title: "Pain relief for back pain: heat, medicines and what to avoid",
  },
  check: {
    question:
      "Which of these is recommended as a first choice for easing back pain so you can move?",
    options: [
      { id: "a", text: "Paracetamol on its own" },
      { id: "b", text: "Opioids such as codeine, taken long term" },
      {
        id: "c",
        text: "Heat, and an anti-inflammatory at the lowest dose for the shortest time if it suits you",
      },
    ],
    correct: "c",
    explanation:
      "Guidelines suggest heat, and anti-inflammatory tablets such as ibuprofen if they are safe for you, at the lowest dose for the shortest time. Paracetamol alone does little for back pain, and opioids are not recommended for long-term back pain.",
  },
  tryToday:
    "Use a wrapped heat pack for 15 minutes, then go for a short walk while your back feels looser.",
  checkedAgainst: [NICE_NG59, ACP_2017, WHO_2023],
  reviewed: REVIEWED,
};
