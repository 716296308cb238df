import type { Exercise } from "../types";
import { ALL_TYPES } from "./all-types";
import { SHARP_OR_SPREADING_PAIN } from "./cautions";

/** Resilience: lifting, carrying, the movements that were eased off early on, and getting back to work and sport. */
export const RESILIENCE_EXERCISES: readonly Exercise[] = [
  {
    id: "suitcase-carry",
    name: "Suitcase carry",
    purpose:
      "Carrying a weight on one side trains the trunk to stay upright against a sideways pull, like carrying shopping.",
    steps: [
      "Pick up a bag or weight in one hand using your hip hinge.",
      "Stand tall and keep your shoulders level.",
      "Walk about 20 metres at a steady pace without leaning away from the weight.",
      "Put it down with a hinge, swap hands and walk back.",
    ],
    feel: "Your trunk working on the side away from the weight to keep you upright, and your grip working too. Walking should feel steady and tall.",
    dose: { sets: 3, perSide: true },
    doseText: "3 walks of about 20 metres each side, starting with 5–10 kg",
    cautions: [
      "Start light (5–10 kg) and add weight only when a whole week has gone well.",
      SHARP_OR_SPREADING_PAIN,
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "farmer-carry",
    name: "Farmer carry",
    purpose:
      "Carrying a weight in each hand builds grip, posture and the confidence to carry everyday loads.",
    steps: [
      "Pick up two equal weights using your hip hinge, one each side.",
      "Stand tall with your shoulders back.",
      "Walk about 20 metres with short, steady steps.",
      "Put them down with a hinge and rest before the next walk.",
    ],
    feel: "Your grip, shoulders and upper back working as you walk tall. It is normal for your hands and forearms to tire first.",
    dose: { sets: 3 },
    doseText: "3 walks of about 20 metres, starting with 5–10 kg in each hand",
    cautions: [
      "Start with 5–10 kg in each hand (two full shopping bags) and add weight only when a whole week has gone well.",
      "Stop the set if your posture slumps or your grip gives out.",
      SHARP_OR_SPREADING_PAIN,
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "goblet-squat-to-box",
    name: "Goblet squat to a box",
    purpose:
      "A controlled squat to a set height rebuilds leg strength for lifting, stairs and getting up from low seats.",
    steps: [
      "Stand in front of a sturdy box or chair, holding a light weight against your chest.",
      "Sit your hips back and down until you lightly touch the box.",
      "Keep your chest up and the weight close.",
      "Drive through your whole foot to stand back up.",
    ],
    feel: "Your thighs and buttocks working to lower you and stand you up, and your arms holding the weight close. Some burning in the thighs near the end of a set is fine.",
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8, starting with no weight or 4–8 kg",
    cautions: [
      "Start with no weight, or 4–8 kg, and add weight only when a whole week has gone well.",
      "Use a higher box if the bottom of the squat stirs up your back.",
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "deadlift-from-blocks",
    name: "Deadlift from blocks",
    purpose:
      "Lifting from a raised start builds real lifting strength while keeping the range your back handles well; the blocks come down over the weeks.",
    steps: [
      "Set a kettlebell or loaded bar on blocks or a step, about knee height to start.",
      "Stand close, bend at the hips and knees and grip it.",
      "Push the floor away and bring your hips forward to stand tall; don't lean back at the top.",
      "Lower it the same way, under control.",
      "Over the weeks, lower the blocks first, then add weight, one change at a time.",
    ],
    feel: "Your buttocks, thighs and grip doing most of the work, with your back muscles working firmly too. The last reps of a set should feel hard but not a struggle.",
    dose: { sets: 3, reps: 5 },
    doseText: "3 sets of 5, starting with an 8–12 kg kettlebell",
    cautions: [
      "If you haven't lifted a kettlebell or bar before, learn this with a physiotherapist or a qualified coach first.",
      "Start with an 8–12 kg kettlebell, or an empty bar if you have lifted before.",
      "Leave at least 3 reps in reserve on every set.",
      "Change only one thing per week: height or weight, never both.",
      SHARP_OR_SPREADING_PAIN,
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  // Graded return: the movements each type was told to go easy on early on, brought back in
  // small, growing doses (docs/product.md §4).
  {
    id: "bend-forward-return",
    name: "Bending forward, step by step",
    purpose:
      "Brings back the forward bending you went easy on early on. Bending with a rounded back is a normal movement; practising it in small, growing doses helps it feel ordinary again.",
    steps: [
      "Stand with your feet hip-width apart and your knees soft.",
      "Let your chin drop and roll down slowly, letting your back round, only as far as feels comfortable: your thighs or knees at first.",
      "Roll back up slowly, breathing out.",
      "Each week, if your back has stayed settled, go a little further, then pick up a light object from a low shelf.",
    ],
    feel: "A gentle stretch along your back and the backs of your legs as you roll down. Stiffness or mild discomfort is fine; the movement should feel smooth, not forced.",
    dose: { sets: 2, reps: 8 },
    doseText: "2 sets of 8 slow roll-downs, a little further each week",
    cautions: [
      "Some stiffness or mild discomfort is fine if it settles to your usual level by the next morning; if it is higher the next day, go less far next time.",
      "Bring this in on its own, not in the same week as another new exercise, so you can tell how your back responds.",
    ],
    types: ["flexion", "mixed"],
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "back-bend-return",
    name: "Arching back, step by step",
    purpose:
      "Brings back the arching you went easy on early on. Leaning back is a normal movement; practising it in small, growing doses helps it feel ordinary again.",
    steps: [
      "Stand with your feet hip-width apart and your hands on your hips.",
      "Lean back gently, looking up a little, only as far as feels comfortable.",
      "Come back to upright and pause for a breath.",
      "Each week, if your back has stayed settled, lean back a little further or hold a moment longer.",
    ],
    feel: "A gentle squeeze in your lower back and a stretch at the front of your hips and tummy. Mild stiffness is fine as long as the lean feels controlled.",
    dose: { sets: 2, reps: 8 },
    doseText: "2 sets of 8 gentle back-bends, a little further each week",
    cautions: [
      "Some stiffness or mild discomfort is fine if it settles to your usual level by the next morning; if it is higher the next day, go less far next time.",
      "Bring this in on its own, not in the same week as another new exercise, so you can tell how your back responds.",
    ],
    types: ["extension", "mixed"],
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "overhead-reach",
    name: "Overhead press",
    purpose:
      "Reaching up to shelves, hanging washing and lifting things overhead are everyday jobs. This builds the strength and confidence for them.",
    steps: [
      "Stand tall holding a light weight in each hand at shoulder height: a full water bottle or 1–3 kg.",
      "Press both arms up overhead as you breathe out, letting your back move naturally.",
      "Lower slowly back to your shoulders.",
      "Over the weeks, add a little weight, or practise lifting a light box onto a high shelf.",
    ],
    feel: "Your shoulders and arms working, and your trunk working lightly to keep you steady as the weight goes up. Your lower back may arch a little, which is normal.",
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8, starting with 1–3 kg in each hand",
    cautions: [
      "If reaching overhead stirs up your back, press one arm at a time, or sit on a chair with a backrest, for now.",
      "Bring this in on its own, not in the same week as another new exercise, so you can tell how your back responds.",
    ],
    types: ["extension", "mixed"],
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
  },
  {
    id: "quick-turns-return",
    name: "Turning and reaching, a little quicker",
    purpose:
      "Brings back the quicker turns and reaches you went easy on early on, so everyday twists and sudden moves feel ordinary again.",
    steps: [
      "Stand with your feet hip-width apart and your arms relaxed.",
      "Turn to look and reach behind you to one side, slowly at first, then come back to the middle.",
      "Repeat to the other side.",
      "Each week, if your back has stayed settled, turn a little quicker or reach a little further, as in a game of catch or your sport.",
    ],
    feel: "Your trunk turning freely, with your hips and feet moving along with it. Some stiffness at first is normal; the turns should feel smoother as you warm up.",
    dose: { sets: 2, reps: 8, perSide: true },
    doseText: "2 sets of 8 each side, a little quicker each week",
    cautions: [
      "Some stiffness or mild discomfort is fine if it settles to your usual level by the next morning; if it is higher the next day, go less far next time.",
      "Bring this in on its own, not in the same week as another new exercise, so you can tell how your back responds.",
    ],
    types: ["instability"],
    phases: [3],
    rhythm: "session",
    introducedOneAtATime: true,
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
    feel: "Effort like the real task, only lighter, slower or shorter. Mild stiffness or tiredness that settles by the next morning is fine and expected.",
    dose: { minutes: 15 },
    doseText: "10–20 minutes of one real task, a little more each week",
    cautions: [
      "Add one new or previously painful task at a time so you can tell what your back responds to.",
      "If your back is still above its usual level the next morning, go back to the last version that went well.",
    ],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
];
