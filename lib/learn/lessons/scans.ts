import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const scans: Lesson = {
  id: "scans",
  title: "Scans and imaging",
  summary: "Most people with back pain do not need a scan, and scans often show normal changes.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "It feels natural to want a scan to “see what is wrong”. But for most back pain, an X-ray or MRI does not change the treatment, and it does not help you get better faster.",
        "Scans often show things like disc bulges or wear. These are very common in people with no pain at all. In one large review, about a third of pain-free 20-year-olds had a disc bulge, rising to most people over 80. They are more like grey hair or wrinkles on the inside than signs of damage.",
      ],
    },
    {
      heading: "Why fewer scans can be better",
      paragraphs: [
        "Seeing scary words on a report can make people more worried and less active, and can lead to treatments they do not need. That is why guidelines advise against routine scans for back pain.",
      ],
    },
    {
      heading: "When a scan makes sense",
      paragraphs: [
        "A doctor may arrange a scan if they suspect a serious cause, such as warning signs from the “When to see someone” lesson, or if a scan would change the plan, for example before surgery is considered for severe sciatica.",
      ],
    },
  ],
  article: {
    slug: "scans-and-imaging-for-back-pain",
    title: "Do I need a scan for back pain? X-rays, MRI and what they show",
  },
  check: {
    question: "A scan shows a disc bulge. What does that tell you?",
    options: [
      { id: "a", text: "Not much on its own: disc bulges are common in people with no pain" },
      { id: "b", text: "Your back is damaged and you should stop exercising" },
      { id: "c", text: "You will need surgery" },
    ],
    correct: "a",
    explanation:
      "Disc bulges are very common in people without back pain, and become more common with age. A bulge on a scan does not mean you need surgery or should stop moving. Your back is strong: keep moving.",
  },
  tryToday:
    "If you have a scan report, write down one question about it to ask your doctor or physiotherapist, such as “Does this change what I should do?”",
  checkedAgainst: [
    NICE_NG59,
    WHO_2023,
    "Brinjikji et al. 2015, imaging findings in people without back pain (AJNR)",
  ],
  reviewed: REVIEWED,
};
