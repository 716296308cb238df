import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED } from "./sources";

export const whenToSeeSomeone: Lesson = {
  id: "when-to-see-someone",
  title: "When to see someone",
  summary: "The warning signs that need a doctor, and when a physiotherapist can help.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "Most back pain can be managed at home. But some signs mean you should get checked, and a few need urgent care. Knowing them means you can get on with moving the rest of the time, without worry.",
        "The list below is the same one used everywhere on this site. Read it now, so you know it if you ever need it.",
      ],
    },
    {
      heading: "Other good reasons to see someone",
      paragraphs: [],
      points: [
        "Your pain is worse, or not clearly better, after 2–4 weeks.",
        "Pain stops you doing daily things, or sleeping, most nights.",
        "You are worried, and a check would help you feel confident to move.",
        "You feel low or stuck, and want help with the stress of living with pain.",
      ],
    },
    {
      heading: "Who to see",
      paragraphs: [
        "Your doctor can check for other causes and talk about medicines. A physiotherapist (or a chiropractor, depending on where you live) can assess how you move and build a plan with you. Take your LBPfix visit pack to the appointment: it shows your trend in a minute.",
      ],
    },
  ],
  redFlags: true,
  check: {
    question: "Which of these needs urgent care straight away?",
    options: [
      { id: "a", text: "Back pain that is stiff in the morning and eases as you move" },
      { id: "b", text: "New numbness around your genitals or back passage, or new trouble peeing" },
      { id: "c", text: "Back pain that flares after a long car journey" },
    ],
    correct: "b",
    explanation:
      "New numbness around the genitals or back passage, or new trouble peeing or pooing, can mean the nerves at the base of the spine are squeezed. That needs urgent care now. Morning stiffness that eases, and flares after sitting, are common and can be managed with movement.",
  },
  tryToday:
    "Save your local emergency number and your doctor’s number in your phone, and read the warning-sign list once more.",
  checkedAgainst: [NICE_NG59, "GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)"],
  reviewed: REVIEWED,
};
