import type { Lesson } from "../types";
import { REVIEWED } from "./sources";

export const pregnancy: Lesson = {
  id: "pregnancy",
  title: "Pregnancy and after birth",
  summary: "Back and pelvic pain are common in pregnancy. Staying active is safe and helps.",
  minutes: 3,
  body: [
    {
      paragraphs: [
        "Many people have back or pelvic pain while pregnant. Hormones loosen the joints, your weight changes, and your posture shifts as the baby grows. Pain around the front or back of the pelvis is called pelvic girdle pain. It is common, and it usually gets better after the birth.",
      ],
    },
    {
      heading: "What helps",
      paragraphs: [],
      points: [
        "Keep active. Walking, swimming and pregnancy exercise classes are good choices for most people.",
        "Keep your knees together when getting in and out of a car or bed, and take smaller steps on stairs if your pelvis hurts.",
        "Sleep on your side with a pillow between your knees.",
        "Ask your midwife or doctor about a physiotherapist who treats pregnancy-related pain.",
        "Check with a pharmacist before taking any pain medicine; some are not safe in pregnancy.",
      ],
    },
    {
      heading: "After the birth",
      paragraphs: [
        "Lifting and feeding a baby are new loads for your back. Return to exercise gradually, starting with walking and pelvic floor exercises. Tell your midwife or doctor about pain that is severe, getting worse, or comes with fever or bleeding. The warning signs in the “When to see someone” lesson apply in pregnancy too.",
      ],
    },
  ],
  article: {
    slug: "back-pain-in-pregnancy-and-after-birth",
    title: "Back pain in pregnancy and after birth: staying active and comfortable",
  },
  check: {
    question: "Is exercise safe for most people with back pain in pregnancy?",
    options: [
      { id: "a", text: "No, rest is safest until the baby is born" },
      { id: "b", text: "Only if you had no back pain before" },
      { id: "c", text: "Yes, activities like walking and swimming are safe and helpful for most" },
    ],
    correct: "c",
    explanation:
      "For most pregnancies, regular activity is safe and helps with back and pelvic pain. Check with your midwife or doctor if you have a condition that needs special care.",
  },
  tryToday:
    "Take a 10-minute walk, and tonight try sleeping on your side with a pillow between your knees.",
  checkedAgainst: [
    "ACOG Committee Opinion 804: physical activity and exercise during pregnancy and the postpartum period (2020)",
    "WHO guidelines on physical activity and sedentary behaviour (2020), pregnancy section",
  ],
  reviewed: REVIEWED,
};
