import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED } from "./sources";

export const sciatica: Lesson = {
  id: "sciatica",
  title: "Sciatica",
  summary: "Leg pain from an irritated nerve often settles with time and movement.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Sciatica is pain that runs from the back or buttock down the leg, often below the knee. It happens when a nerve root in the lower back is irritated, often by a disc bulge nearby. It can come with tingling, numbness or a burning feeling. Leg pain can be worse than the back pain.",
        "It can be very painful, but most people get much better within weeks to a few months without surgery.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [],
      points: [
        "Stay as active as you can. Short walks and changing position often are a good start.",
        "Find positions that ease the leg pain, and use them to rest for a while.",
        "Exercise and physiotherapy can help you get moving again.",
        "Talk to a pharmacist or doctor about pain relief that suits you.",
      ],
    },
    {
      heading: "When to get checked",
      paragraphs: [
        "See a doctor or physiotherapist if the leg pain is severe and not easing, or is worse, or not clearly better, after 2–4 weeks. A few signs need urgent care now, such as a leg or foot getting weaker, or numbness around your genitals or back passage. Check the list of warning signs below.",
        "Surgery is sometimes offered when severe sciatica has not improved after other care. It is a choice to talk through with a specialist.",
      ],
    },
  ],
  redFlags: true,
  article: { slug: "sciatica", title: "Sciatica: what it is, how long it lasts and what helps" },
  check: {
    question: "What usually happens to sciatica?",
    options: [
      { id: "a", text: "It nearly always needs an operation" },
      {
        id: "b",
        text: "Most people improve a lot within weeks to months, staying as active as they can",
      },
      { id: "c", text: "It means the spine is badly damaged" },
    ],
    correct: "b",
    explanation:
      "Most sciatica gets much better without surgery. Staying active helps. Surgery is an option for some people whose severe symptoms do not improve, and a few warning signs need urgent care.",
  },
  tryToday:
    "Find one position that eases your leg or back pain, and one short walk you can do. Try both today.",
  checkedAgainst: [
    NICE_NG59,
    "Dahm et al. 2010, advice to rest in bed versus advice to stay active for sciatica (Cochrane)",
  ],
  reviewed: REVIEWED,
};
