import type { Exercise } from "../types";
import { ALL_TYPES } from "./all-types";

/** Through-the-day habits: they go into every day's session, not the rotation. */
export const DAILY_HABITS: readonly Exercise[] = [
  {
    id: "walk-short-bouts",
    name: "Short walks",
    purpose:
      "Walking is the movement most backs tolerate best. Short, frequent walks ease stiffness and calm pain without tiring you out.",
    steps: [
      "Walk on level ground at a pace where you could still hold a conversation.",
      "Let your arms swing naturally and take normal-length steps.",
      "Stop at about 10 minutes, or sooner if pain builds, and note how far you got.",
      "Repeat twice more later in the day, spread out.",
    ],
    feel: "Warmth and a looser back as you get going, and breathing a little faster than at rest. Some stiffness at first is normal and often eases as you walk.",
    dose: { minutes: 10, perDay: 3 },
    doseText: "About 10 minutes, 3 times a day",
    cautions: [
      "If a walk makes pain worse for the rest of the day, make the next one shorter rather than skipping it.",
    ],
    types: ALL_TYPES,
    phases: [1],
    rhythm: "daily",
  },
  {
    id: "walking-program",
    name: "Walking program",
    purpose:
      "Builds everyday stamina and the confidence that your back can handle longer stretches of activity.",
    steps: [
      "Start from the total you manage comfortably now, split into one to three walks.",
      "Add about 5 minutes a week to your daily total while pain stays settled.",
      "Once 20 minutes feels easy, walk a little brisker or include a gentle slope.",
      "Work towards 30–40 minutes a day, in one go or split up.",
    ],
    feel: "Your legs and breathing working a bit harder as the walks grow, while your back stays about the same or eases. Feeling pleasantly tired afterwards is fine.",
    dose: { minutes: 30, perDay: 1 },
    doseText: "Build towards 30–40 minutes a day, adding about 5 minutes a week",
    cautions: [
      "Hold the total steady for a week if pain is higher the morning after a longer walk.",
    ],
    types: ALL_TYPES,
    phases: [2, 3],
    rhythm: "daily",
  },
  {
    id: "sitting-breaks",
    name: "Sitting breaks",
    purpose:
      "Long unbroken sitting stiffens many backs. Getting up regularly stops discomfort building up over the day.",
    steps: [
      "Set a timer for 20–30 minutes whenever you sit to work, drive or watch a screen.",
      "When it goes off, stand up in whatever way feels easy.",
      "Walk around, or stand and gently shift your weight, for a minute or two.",
      "Sit back down and restart the timer.",
    ],
    feel: "Relief from standing up and moving after sitting still. Your back may feel stiff for the first few steps, and that usually loosens quickly.",
    dose: { minutes: 2 },
    doseText: "Up for 1–2 minutes every 20–30 minutes of sitting",
    cautions: [
      "On long drives, plan a short stop at least every hour.",
      "If pain builds while you sit, get up sooner than the timer says.",
    ],
    types: ALL_TYPES,
    phases: [1, 2, 3],
    rhythm: "daily",
  },
  {
    id: "log-roll",
    name: "Log-roll out of bed",
    purpose:
      "Getting out of bed is a common moment for a sharp twinge. Moving your shoulders and hips as one unit avoids the twist.",
    steps: [
      "Lying on your back, bend both knees and gently tighten your stomach muscles.",
      "Roll onto your side in one piece, shoulders and hips turning together.",
      "Let your lower legs slide off the edge of the bed.",
      "Push up with your arms as your legs lower, so you come up to sitting without bending at the waist.",
      "Reverse the steps to lie down.",
    ],
    feel: "Your shoulders and hips turning together in one smooth roll, and your arms doing most of the work to sit up. Some stiffness first thing is normal.",
    dose: {},
    doseText: "Every time you get in or out of bed",
    cautions: [
      "Take your time in the first half hour after waking, when many backs feel stiffest.",
      "If a twinge catches you, pause and breathe, then carry on slowly.",
    ],
    types: ["flexion", "instability", "load", "mixed"],
    phases: [1, 2],
    rhythm: "daily",
  },
  {
    id: "brace-before-standing",
    name: "A light brace for moves that catch",
    purpose:
      "Early on, a light brace can take the edge off the moments that tend to catch, such as standing up or turning. It is a short-term tool: as those moments get easier, use it less and let the movement happen on its own.",
    steps: [
      "Before a move that tends to catch, tighten your stomach muscles lightly, as if someone were about to poke your belly.",
      "Keep breathing; the brace should be about a quarter of your maximum effort.",
      "Shuffle to the front of the chair, feet under your knees.",
      "Lean forward and push through your legs to stand, then let the brace go.",
    ],
    feel: "A light firming around your middle, like a belt done up one notch, while you keep breathing. The move should feel a bit steadier, not stiff or strained.",
    dose: {},
    doseText: "Early on, only for the moves that tend to catch; less and less as they get easier",
    cautions: [
      "Don't hold your breath while bracing.",
      "There is no need to brace for everyday moves that feel fine, or to keep bracing for good.",
      "If bracing makes a move feel stiffer or more painful, leave it out.",
    ],
    types: ["instability", "load", "mixed", "unclear"],
    phases: [1],
    rhythm: "daily",
  },
  {
    id: "supported-sitting",
    name: "Supported sitting",
    purpose:
      "How you sit matters when sitting can't be avoided. Letting the chair take the weight of your upper body eases the load on the lower back.",
    steps: [
      "Sit all the way back so your back rests against the backrest.",
      "Put both feet flat on the floor, knees roughly level with your hips.",
      "Try a small rolled towel in the small of your back; keep it only if it feels better.",
      "Rest your forearms on armrests or the desk rather than leaning forward.",
    ],
    feel: "Your back resting against the chair and your shoulders relaxed, with less effort to hold yourself up. It should feel easy, not forced into a set shape.",
    dose: {},
    doseText: "Whenever you sit for more than a few minutes",
    cautions: [
      "Even a comfortable position stiffens up over time; keep getting up regularly.",
      "If a position makes your back or leg feel worse, change it; no one way of sitting suits everyone.",
    ],
    types: ["flexion", "extension", "mixed"],
    phases: [1, 2],
    rhythm: "daily",
  },
];
