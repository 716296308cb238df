import type { Exercise } from "../types";
import { ALL_TYPES } from "./all-types";

/** Settle: gentle positions, low-effort control and, for backs that dislike arching, gentle movement away from it. */
export const SETTLE_EXERCISES: readonly Exercise[] = [
  {
    id: "abdominal-bracing",
    name: "Abdominal bracing",
    purpose:
      "Teaches you to firm up your trunk gently on demand: a short-term tool for sore moments early on, which you will need less and less as your back settles.",
    steps: [
      "Lie on your back with your knees bent and feet flat.",
      "Rest your fingertips on the sides of your stomach, just inside your hip bones.",
      "Tighten gently, as if bracing for a light poke, until you feel the muscles firm under your fingers.",
      "Hold for 10 seconds while breathing normally, then relax.",
    ],
    feel: "A gentle firmness under your fingertips while you keep breathing normally. It should take little effort, and your back should feel calm, not strained.",
    dose: { reps: 10, holdSeconds: 10 },
    doseText: "10 holds of 10 seconds, breathing normally",
    cautions: [
      "Don't suck your belly in or hold your breath; the aim is a firm, breathing trunk.",
      "Ease off if it brings on pain; a gentle tightening is all it takes.",
    ],
    types: ALL_TYPES,
    phases: [1],
    rhythm: "session",
  },
  {
    id: "prone-lying",
    name: "Lying on your front",
    purpose:
      "For backs that dislike bending forward, lying flat on the front often eases pain by letting the lower back rest in its natural curve.",
    steps: [
      "Lie face down on a firm bed or a mat, arms by your sides or under your forehead.",
      "Let your whole body go heavy and breathe slowly.",
      "Stay for up to 3 minutes if it eases, noticing where you feel the pain.",
      "Roll to your side to get up rather than pushing straight up.",
    ],
    feel: "Your body going heavy and your lower back settling into the surface. Pain may ease, or shift towards the middle of your back; both are fine.",
    dose: { minutes: 3, perDay: 2 },
    doseText: "3 minutes, twice a day",
    cautions: [
      "Stop if pain spreads further down your leg.",
      "Skip it if it makes your back worse; it suits some backs, not all.",
    ],
    types: ["flexion"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "prone-on-elbows",
    name: "Lying on your elbows",
    purpose:
      "A gentle next step from lying flat: propping up on your elbows adds a little more of the backward curve that flexion-sensitive backs usually like.",
    steps: [
      "Lie face down for a minute first.",
      "Place your elbows under your shoulders and slowly prop yourself up on your forearms.",
      "Keep your hips and stomach on the floor and let your lower back relax.",
      "Stay for up to 2 minutes if it eases, then lower down slowly.",
    ],
    feel: "A gentle arch in your lower back while your stomach stays on the floor. It may feel a little stiff at first; it should ease rather than build.",
    dose: { minutes: 2, perDay: 2 },
    doseText: "Up to 2 minutes, twice a day",
    cautions: [
      "Only move on to this if lying flat eased your pain.",
      "Stop if pain spreads into the buttock or leg.",
    ],
    types: ["flexion"],
    phases: [1, 2],
    rhythm: "session",
  },
  {
    id: "cat-camel",
    name: "Cat–camel",
    purpose:
      "Slow, easy motion on hands and knees eases morning stiffness without loading the back.",
    steps: [
      "Get onto your hands and knees, hands under shoulders and knees under hips.",
      "Slowly let your back round up towards the ceiling while your head drops.",
      "Then let your back gently sag while you look slightly forward.",
      "Move only through the easy middle range; it is a loosening motion, not a stretch.",
    ],
    feel: "Your back gently rounding and sagging in an easy rhythm. It should feel like loosening up after being still, with no strong stretch and nothing sharp.",
    dose: { reps: 8 },
    doseText: "8 slow cycles",
    cautions: ["Stay well short of any position that brings on a catch or sharp pain."],
    types: ["instability", "load", "mixed", "unclear"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "unloading-break",
    name: "90/90 unloading break",
    purpose:
      "A few minutes with the weight off your spine calms a back that aches after standing or carrying. It is a short break, not bed rest.",
    steps: [
      "Lie on your back on the floor near a chair or sofa.",
      "Rest your calves on the seat so your hips and knees are both bent at about a right angle.",
      "Let your back settle and breathe slowly for about 5 minutes.",
      "Roll to your side and push up with your arms to get up.",
    ],
    feel: "Your back sinking into the floor as your legs rest on the seat, and your breathing slowing down. An ache from standing or carrying often eases in a few minutes.",
    dose: { minutes: 5, perDay: 2 },
    doseText: "About 5 minutes, up to twice a day",
    cautions: [
      "Get back up and moving afterwards; the break works best between bouts of activity.",
      "Skip it if lying this way makes your back or leg feel worse; it suits some backs, not all.",
    ],
    types: ["load", "mixed", "unclear"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "easy-cycling",
    name: "Easy cycling",
    purpose:
      "Cycling is often well tolerated, especially by backs that dislike standing and arching, and keeps fitness up while pain settles.",
    steps: [
      "Use a stationary bike, or a quiet flat route if you already ride.",
      "Set the seat so your knee stays slightly bent at the bottom of the pedal stroke.",
      "Pedal at an easy effort where you could chat.",
      "Stop at 10–20 minutes and notice how your back feels later that day.",
    ],
    feel: "Your legs working and your breathing a little quicker, at a pace where you could still chat. Your back should feel about the same or easier.",
    dose: { minutes: 15 },
    doseText: "10–20 minutes at an easy effort",
    cautions: ["Raise the handlebars if leaning forward bothers your back."],
    types: ["extension", "unclear"],
    phases: [1, 2],
    rhythm: "session",
  },

  // Extension-sensitive backs: gentle movement away from arching.
  {
    id: "posterior-pelvic-tilt",
    name: "Posterior pelvic tilt",
    purpose:
      "Gently flattening the lower back takes the pressure off backs that dislike arching, and wakes up the stomach muscles.",
    steps: [
      "Lie on your back with your knees bent and feet flat.",
      "Tighten your stomach and gently press the small of your back towards the floor.",
      "Hold for 5 seconds while breathing, then release.",
      "Keep it small and smooth; your buttocks stay on the floor.",
    ],
    feel: "Your tummy muscles tightening and the small of your back pressing gently towards the floor. It should feel like a small, easy movement, not a strain.",
    dose: { sets: 2, reps: 10, holdSeconds: 5 },
    doseText: "2 sets of 10, holding 5 seconds",
    cautions: ["Stop if it brings on pain down the leg."],
    types: ["extension"],
    phases: [1, 2],
    rhythm: "session",
  },
  {
    id: "knee-hugs",
    name: "Knee hugs",
    purpose: "A gentle rounding of the lower back that often eases extension-sensitive pain.",
    steps: [
      "Lie on your back with your knees bent.",
      "Bring one knee towards your chest and hold it with both hands behind the thigh.",
      "Bring the other knee up to join it, then hug both gently for 20 seconds.",
      "Lower one leg at a time.",
    ],
    feel: "A gentle stretch across your lower back and buttocks as your knees come in. It should feel comfortable and easing, with no pinching.",
    dose: { reps: 5, holdSeconds: 20 },
    doseText: "5 hugs of 20 seconds",
    cautions: ["Only keep it if it eases your pain; skip it if bending forward hurts."],
    types: ["extension"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "quadruped-rock-back",
    name: "Rock back on hands and knees",
    purpose:
      "Sitting back towards your heels gently opens the lower back and eases extension-sensitive pain.",
    steps: [
      "Get onto your hands and knees, hands under shoulders and knees under hips.",
      "Keeping your hands where they are, slowly sit your hips back towards your heels.",
      "Go only as far as is comfortable, pause for 2–3 breaths, then come back.",
    ],
    feel: "A gentle stretch along your lower back and hips as you sit back towards your heels. Your back should feel like it is opening out, with no catch or pinch.",
    dose: { reps: 10 },
    doseText: "10 slow rocks",
    cautions: ["Put a cushion under your knees if they are sore; stop if it brings on a catch."],
    types: ["extension"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "hip-flexor-stretch-braced",
    name: "Hip-flexor stretch",
    purpose:
      "Some people whose back dislikes arching find that a stretch at the front of the hip makes standing easier. Tucking your tailbone under keeps the stretch in the hip.",
    steps: [
      "Kneel on one knee on a cushion, other foot flat in front, like a half-kneel.",
      "Gently tuck your tailbone under.",
      "Shift your weight forward a little until you feel a stretch at the front of the kneeling hip.",
      "Hold for 30 seconds without letting your lower back arch, then swap sides.",
    ],
    feel: "A gentle pull at the front of the kneeling hip and the top of that thigh, with your tummy working lightly to hold the tuck. Your lower back should stay comfortable.",
    dose: { reps: 3, holdSeconds: 30, perSide: true },
    doseText: "3 holds of 30 seconds each side",
    cautions: ["If the lower back starts to arch or ache, ease off the forward shift."],
    types: ["extension"],
    phases: [1, 2],
    rhythm: "session",
  },
];
