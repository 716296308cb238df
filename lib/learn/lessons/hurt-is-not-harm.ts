import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const hurtIsNotHarm: Lesson = {
  id: "hurt-is-not-harm",
  title: "Hurt is not harm",
  summary: "Some pain while you move is safe. Learn to tell a normal ache from a warning.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "When your back hurts, it is natural to think every twinge means something is getting worse. But pain is not a damage meter. After a back has been sore for a while, the nervous system often becomes more sensitive, so movements that are safe can still hurt.",
        "This is called sensitisation. It is real, it is not “in your head”, and it can calm down again.",
      ],
    },
    {
      heading: "Why this matters",
      paragraphs: [
        "If every twinge feels like harm, it makes sense to stop moving. But moving less makes backs stiffer, weaker and more sensitive. Fear and worry also turn the pain volume up. Gentle, regular movement does the opposite: it shows your nervous system that moving is safe, and the alarm slowly quietens.",
      ],
    },
    {
      heading: "A simple traffic-light guide",
      paragraphs: ["While you move, and in the 24 hours after:"],
      points: [
        "Green: no pain, or mild pain that settles soon after. Carry on.",
        "Amber: pain rises a bit but settles by the next day. That is fine; keep the same amount, or do a little less next time.",
        "Red: pain is much worse and still worse the next day. Do less next time, not nothing.",
      ],
    },
    {
      paragraphs: [
        "Rest when you need to. Resting is not a failure. The aim is to find the amount of movement you can do today, and build up from there.",
      ],
    },
  ],
  article: {
    slug: "pain-science-pacing-and-boom-bust",
    title: "Hurt is not harm: pain science, pacing and the boom–bust cycle",
  },
  check: {
    question:
      "Your back aches a little during a walk and settles by the evening. What does that suggest?",
    options: [
      { id: "a", text: "You damaged something and should stop walking" },
      { id: "b", text: "You should rest in bed for a few days" },
      { id: "c", text: "That amount of walking is safe; you can keep it up" },
    ],
    correct: "c",
    explanation:
      "Pain that rises a little and settles within a day is normal while a sensitive back gets used to moving again. It does not mean harm. Keep the same amount and build up slowly.",
  },
  tryToday:
    "Pick one movement you have been avoiding. Do a small, easy version of it and notice how you feel tomorrow.",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Leeuw et al. 2007, fear-avoidance model of chronic musculoskeletal pain",
  ],
  reviewed: REVIEWED,
};
