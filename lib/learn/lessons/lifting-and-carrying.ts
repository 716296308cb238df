import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const liftingAndCarrying: Lesson = {
  id: "lifting-and-carrying",
  title: "Lifting and carrying with confidence",
  summary:
    "Your back is built to bend and lift. Start light, build up, and lift in the way that feels good.",
  minutes: 4,
  body: [
    {
      paragraphs: [
        "Many people with back pain are told to “never bend” or to always lift with a straight back. Research does not show that one lifting style protects backs. People who lift with a rounded back are not more likely to get back pain than people who squat. Your spine is designed to bend.",
        "What helps most is being used to the load. A back that lifts often, and builds up gradually, copes better than one that is kept away from lifting.",
      ],
    },
    {
      heading: "Practical tips",
      paragraphs: [],
      points: [
        "Hold the load close to your body; it feels lighter that way.",
        "Use whatever style feels comfortable and smooth. Squatting, bending or a mix are all fine.",
        "Start with light things and build up over weeks, just like any other exercise.",
        "Split heavy shopping into two bags, one in each hand, or make two trips.",
        "Breathe normally and move at a steady speed rather than jerking.",
      ],
    },
    {
      heading: "If lifting hurts now",
      paragraphs: [
        "Keep lifting light things rather than avoiding lifting altogether. Pick loads that cause no more than mild pain that settles within a day, and build up slowly. If your job involves heavy lifting, the “Returning to work” lesson covers how to talk about lighter duties for a while.",
      ],
    },
  ],
  check: {
    question: "What is the best way to get more confident lifting?",
    options: [
      { id: "a", text: "Avoid bending your back at all times" },
      { id: "b", text: "Start with light loads and build up gradually" },
      { id: "c", text: "Wear a back belt every time you lift" },
    ],
    correct: "b",
    explanation:
      "Backs get stronger and less sensitive when they lift regularly and build up slowly. There is no single safe lifting style, and bending is allowed. Back belts do not prevent back pain.",
  },
  tryToday:
    "Lift something light from the floor, like a laundry basket, five times in a way that feels comfortable. Notice how your back feels later.",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Saraceni et al. 2020, lifting posture and back pain (JOSPT review)",
  ],
  reviewed: REVIEWED,
};
