import type { Lesson } from "../types";
import { NICE_NG59, REVIEWED, WHO_2023 } from "./sources";

export const sleep: Lesson = {
  id: "sleep",
  title: "Sleep",
  summary: "Pain and poor sleep feed each other. Small changes can help both.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "A bad night can make the next day’s pain feel worse, and pain can make it hard to sleep. Most adults do best with around 7–8 hours. You cannot force sleep, but you can make it easier to come.",
      ],
    },
    {
      heading: "Habits that help",
      paragraphs: [],
      points: [
        "Go to bed and get up at about the same time each day, weekends too.",
        "Get some daylight and some movement during the day.",
        "Keep caffeine to the morning, and go easy on alcohol in the evening.",
        "Wind down for half an hour before bed, away from bright screens.",
        "If you cannot sleep after about 20 minutes, get up, do something calm, and go back when sleepy.",
      ],
    },
    {
      heading: "Getting comfortable",
      paragraphs: [
        "There is no one right position. Many people find these comfortable: on your side with a pillow between your knees, or on your back with a pillow under your knees. You do not need a special mattress: a medium-firm one that feels comfortable to you is fine.",
        "Stiffness first thing in the morning is common and usually eases as you start moving. A few gentle movements in bed, or a warm shower, can help.",
      ],
    },
  ],
  article: {
    slug: "self-management-journal-sleep-food-stress",
    title: "Self-management for back pain: journal, sleep, food and stress",
  },
  check: {
    question: "Which of these is most likely to help you sleep better with back pain?",
    options: [
      { id: "a", text: "Buying a special orthopaedic mattress" },
      { id: "b", text: "Regular sleep and wake times, and a pillow to get comfortable" },
      { id: "c", text: "Staying in bed longer in the morning to make up for a bad night" },
    ],
    correct: "b",
    explanation:
      "A steady routine and a comfortable position help most. No special mattress is needed. Long lie-ins can upset your sleep rhythm and leave your back stiffer; getting up and moving usually helps.",
  },
  tryToday:
    "Tonight, try a pillow between your knees (on your side) or under your knees (on your back), and set a regular wake-up time for tomorrow.",
  checkedAgainst: [NICE_NG59, WHO_2023, "NHS advice on sleep and back pain"],
  reviewed: REVIEWED,
};
