import type { Exercise } from "../types";
import { ALL_TYPES } from "./all-types";

/** Resilience: lifting, carrying, the movements that were eased off early on, and getting back to work and sport. */
export const RESILIENCE_EXERCISES: readonly Exercise[] = [
  {
    id: "suitcase-carry",
    name: "Suitcase carry",
    purpose:
      "Carrying a weight on one side trains the trunk to stay upright against a sideways pull, like carrying shopping.",
    steps: [
      "Pick up a bag or weight in one hand using your hip hinge.",
      "Stand tall, brace, and keep your shoulders level.",
      "Walk about 20 metres at a steady pace without leaning away from the weight.",
      "Put it down with a hinge, swap hands and walk back.",
    ],
    dose: { sets: 3, perSide: true },
    doseText: "3 walks of about 20 metres each side",
    cautions: ["Start light (5–10 kg) and add weight only when a whole week has gone well."],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
  {
    id: "farmer-carry",
    name: "Farmer carry",
    purpose:
      "Carrying a weight in each hand builds grip, posture and the confidence to carry everyday loads.",
    steps: [
      "Pick up two equal weights using your hip hinge, one each side.",
      "Stand tall with your shoulders back and brace gently.",
      "Walk about 20 metres with short, steady steps.",
      "Put them down with a hinge and rest before the next walk.",
    ],
    dose: { sets: 3 },
    doseText: "3 walks of about 20 metres",
    cautions: ["Stop the set if your posture slumps or your grip gives out."],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
  {
    id: "goblet-squat-to-box",
    name: "Goblet squat to a box",
    purpose:
      "A controlled squat to a set height rebuilds leg strength for lifting, stairs and getting up from low seats.",
    steps: [
      "Stand in front of a sturdy box or chair, holding a light weight against your chest.",
      "Brace, then sit your hips back and down until you lightly touch the box.",
      "Keep your chest up and the weight close.",
      "Drive through your whole foot to stand back up.",
    ],
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8",
    cautions: ["Use a higher box if you feel your lower back round at the bottom."],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
  {
    id: "deadlift-from-blocks",
    name: "Deadlift from blocks",
    purpose:
      "Lifting from a raised start builds real lifting strength while keeping the range your back handles well; the blocks come down over the weeks.",
    steps: [
      "Set a kettlebell or loaded bar on blocks or a step, about knee height to start.",
      "Stand close, hinge at the hips and grip it with a long, braced back.",
      "Push the floor away and bring your hips forward to stand tall; don't lean back at the top.",
      "Lower it the same way, under control.",
      "Over the weeks, lower the blocks first, then add weight, one change at a time.",
    ],
    dose: { sets: 3, reps: 5 },
    doseText: "3 sets of 5 at an easy weight",
    cautions: [
      "Leave at least 3 reps in reserve on every set.",
      "Change only one thing per week: height or weight, never both.",
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
  {
    id: "task-rehearsal",
    name: "Work and sport rehearsal",
    purpose:
      "Practising the real tasks of your job or sport in small, growing doses is how you return to them with confidence.",
    steps: [
      "Pick one task you want back, such as lifting boxes, gardening, a run or a swing.",
      "Do a short, easy version of it: lighter, slower or for less time than normal.",
      "Note how your back responds that evening and the next morning.",
      "If it went well, make it a little harder next time; if not, go back a step.",
    ],
    dose: { minutes: 15 },
    doseText: "10–20 minutes of one real task, a little more each week",
    cautions: [
      "Add one new or previously painful task at a time so you can tell what your back responds to.",
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
];
