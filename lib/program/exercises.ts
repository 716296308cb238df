import type { Exercise, PlanType } from "./types";

/**
 * The exercise library. Written for LBPfix in plain words; doses are starting points the member
 * adjusts by how their back answers over the next day, not targets.
 *
 * `types` and `phases` say which plans use an exercise; plans.test.ts checks that they agree
 * exactly with the lists in plans.ts, so change both together.
 */

const ALL_TYPES: readonly PlanType[] = [
  "flexion",
  "extension",
  "instability",
  "load",
  "mixed",
  "unclear",
];

export const EXERCISES: readonly Exercise[] = [
  // Through-the-day habits: they go into every day's session.
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
      "When it goes off, brace gently and stand up without twisting.",
      "Walk around, or stand and gently shift your weight, for a minute or two.",
      "Sit back down and restart the timer.",
    ],
    dose: { minutes: 2 },
    doseText: "Up for 1–2 minutes every 20–30 minutes of sitting",
    cautions: ["On long drives, plan a short stop at least every hour."],
    types: ["flexion", "instability", "load", "mixed", "unclear"],
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
    dose: {},
    doseText: "Every time you get in or out of bed",
    cautions: [
      "Take your time in the first half hour after waking, when the back is most sensitive.",
    ],
    types: ["flexion", "instability", "load", "mixed"],
    phases: [1, 2],
    rhythm: "daily",
  },
  {
    id: "brace-before-standing",
    name: "Brace before you stand or lift",
    purpose:
      "A light brace stiffens the trunk just before the moments that tend to catch: standing up, lifting, turning.",
    steps: [
      "Before you move, tighten your stomach muscles lightly, as if someone were about to poke your belly.",
      "Keep breathing; the brace should be about a quarter of your maximum effort.",
      "Shuffle to the front of the chair, feet under your knees.",
      "Lean forward from the hips and push through your legs to stand, keeping the brace until you are upright.",
    ],
    dose: {},
    doseText: "Every time you stand up from a chair, and before any lift",
    cautions: ["Don't hold your breath while bracing."],
    types: ["instability", "load", "mixed", "unclear"],
    phases: [1, 2],
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
    dose: {},
    doseText: "Whenever you sit for more than a few minutes",
    cautions: ["Even a comfortable position stiffens up over time; keep getting up regularly."],
    types: ["flexion", "extension", "mixed"],
    phases: [1, 2],
    rhythm: "daily",
  },

  // Settle: gentle positions and low-effort control.
  {
    id: "abdominal-bracing",
    name: "Abdominal bracing",
    purpose:
      "Teaches you to stiffen your trunk gently on demand, the skill almost every later exercise relies on.",
    steps: [
      "Lie on your back with your knees bent and feet flat.",
      "Rest your fingertips on the sides of your stomach, just inside your hip bones.",
      "Tighten gently, as if bracing for a light poke, until you feel the muscles firm under your fingers.",
      "Hold for 10 seconds while breathing normally, then relax.",
    ],
    dose: { reps: 10, holdSeconds: 10 },
    doseText: "10 holds of 10 seconds, breathing normally",
    cautions: ["Don't suck your belly in or hold your breath; the aim is a firm, breathing trunk."],
    types: ALL_TYPES,
    phases: [1, 2],
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
    dose: { minutes: 5, perDay: 2 },
    doseText: "About 5 minutes, up to twice a day",
    cautions: [
      "Get back up and moving afterwards; the break works best between bouts of activity.",
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
    dose: { reps: 10 },
    doseText: "10 slow rocks",
    cautions: ["Put a cushion under your knees if they are sore; stop if it brings on a catch."],
    types: ["extension"],
    phases: [1],
    rhythm: "session",
  },
  {
    id: "hip-flexor-stretch-braced",
    name: "Hip-flexor stretch with your stomach braced",
    purpose:
      "Tight hip flexors pull the lower back into an arch. Stretching them with your stomach braced stops the back doing the moving.",
    steps: [
      "Kneel on one knee on a cushion, other foot flat in front, like a half-kneel.",
      "Brace your stomach and gently tuck your tailbone under.",
      "Shift your weight forward a little until you feel a stretch at the front of the kneeling hip.",
      "Hold for 30 seconds without letting your lower back arch, then swap sides.",
    ],
    dose: { reps: 3, holdSeconds: 30, perSide: true },
    doseText: "3 holds of 30 seconds each side",
    cautions: ["If the lower back starts to arch or ache, ease off the forward shift."],
    types: ["extension"],
    phases: [1, 2],
    rhythm: "session",
  },

  // Control of movement: a still pelvis while the limbs move.
  {
    id: "heel-slides",
    name: "Heel slides",
    purpose:
      "Trains your trunk to stay still while your legs move, which is what backs that catch or give way need.",
    steps: [
      "Lie on your back with your knees bent and brace gently.",
      "Slowly slide one heel along the floor until that leg is nearly straight.",
      "Slide it back, keeping your pelvis level and your back still the whole time.",
      "Alternate legs.",
    ],
    dose: { sets: 2, reps: 8, perSide: true },
    doseText: "2 sets of 8 slow slides each side",
    cautions: ["Shorten the slide if your pelvis tips or your back arches."],
    types: ["instability", "mixed"],
    phases: [1, 2],
    rhythm: "session",
  },
  {
    id: "bent-knee-fall-outs",
    name: "Bent-knee fall-outs",
    purpose:
      "Lets one leg move out to the side while the pelvis stays level, building control of rotation.",
    steps: [
      "Lie on your back with your knees bent and feet flat, and brace gently.",
      "Slowly let one knee fall out to the side, only as far as your pelvis can stay level.",
      "Bring it back to the middle with control.",
      "Alternate sides.",
    ],
    dose: { sets: 2, reps: 8, perSide: true },
    doseText: "2 sets of 8 slow reps each side",
    cautions: ["If the opposite hip lifts, make the movement smaller."],
    types: ["instability", "mixed"],
    phases: [1, 2],
    rhythm: "session",
  },
  {
    id: "dead-bug",
    name: "Dead bug",
    purpose: "A harder version of heel slides: arms and legs move while the trunk holds steady.",
    steps: [
      "Lie on your back, arms pointing to the ceiling, hips and knees bent at right angles.",
      "Brace gently so your lower back stays where it is.",
      "Slowly lower one heel towards the floor while the opposite arm reaches back overhead.",
      "Return to the start and swap sides, moving only as far as your back stays still.",
    ],
    dose: { sets: 2, reps: 6, perSide: true },
    doseText: "2 sets of 6 slow reps each side",
    cautions: ["Keep the range small at first; it is control that counts, not reach."],
    types: ["instability", "mixed", "unclear"],
    phases: [2, 3],
    rhythm: "session",
  },

  // Build: trunk endurance and the hip hinge.
  {
    id: "curl-up",
    name: "Curl-up",
    purpose:
      "Builds the endurance of the front stomach muscles without repeatedly bending the lower back.",
    steps: [
      "Lie on your back with one knee bent and the other leg straight.",
      "Slide your hands, palms down, under the small of your back to keep its natural curve.",
      "Brace gently and lift your head and shoulders just off the floor, as one unit, without tucking your chin.",
      "Hold for 8 seconds while breathing, then lower; swap legs halfway through the set.",
    ],
    dose: { sets: 3, reps: 5, holdSeconds: 8 },
    doseText: "3 sets of 5 holds, 8 seconds each",
    cautions: ["Keep the lift small; the lower back never flattens or rounds."],
    types: ALL_TYPES,
    phases: [2, 3],
    rhythm: "session",
  },
  {
    id: "side-bridge-knees",
    name: "Side bridge from the knees",
    purpose: "Builds the side trunk muscles that steady the spine when you carry or turn.",
    steps: [
      "Lie on your side propped on your elbow, elbow under your shoulder, knees bent behind you.",
      "Brace gently and lift your hips so your body is straight from knees to head.",
      "Hold for 10 seconds, breathing normally, then lower.",
      "Do all the reps on one side, then the other.",
    ],
    dose: { sets: 1, reps: 5, holdSeconds: 10, perSide: true },
    doseText: "5 holds of 10 seconds each side",
    cautions: ["Stop if your shoulder complains; a wall version standing up is gentler on it."],
    types: ALL_TYPES,
    phases: [2],
    rhythm: "session",
  },
  {
    id: "side-bridge-full",
    name: "Full side bridge",
    purpose: "Progresses the side bridge to full body weight for work and sport demands.",
    steps: [
      "Lie on your side propped on your elbow, legs straight and top foot in front of the bottom one.",
      "Brace and lift your hips so your body is straight from feet to head.",
      "Hold for 10 seconds, breathing normally.",
      "For a harder version, roll slowly from one elbow to the other with the trunk braced.",
    ],
    dose: { sets: 1, reps: 5, holdSeconds: 10, perSide: true },
    doseText: "5 holds of 10 seconds each side",
    cautions: ["Go back to the knees version if your hips sag or your back aches."],
    types: ALL_TYPES,
    phases: [3],
    rhythm: "session",
  },
  {
    id: "bird-dog",
    name: "Bird dog",
    purpose:
      "Trains the back and hip muscles to hold the spine still while the opposite arm and leg move.",
    steps: [
      "Get onto your hands and knees and brace gently.",
      "Slide one leg back and lift it until it is level with your hip, with the opposite arm reaching forward.",
      "Hold for 8 seconds with your pelvis level and your back still.",
      "Lower with control and swap sides.",
    ],
    dose: { sets: 2, reps: 6, holdSeconds: 8, perSide: true },
    doseText: "2 sets of 6 slow reps each side, holding 8 seconds",
    cautions: [
      "Lift the leg only as high as your back stays level; start with the leg alone if needed.",
    ],
    types: ALL_TYPES,
    phases: [2, 3],
    rhythm: "session",
  },
  {
    id: "glute-bridge",
    name: "Glute bridge",
    purpose: "Strong buttock muscles take work off the lower back when you stand, lift and climb.",
    steps: [
      "Lie on your back with your knees bent and feet flat, hip-width apart.",
      "Brace gently, then squeeze your buttocks to lift your hips off the floor.",
      "Stop when your body is straight from knees to shoulders, without arching your back.",
      "Hold for 3 seconds and lower slowly.",
    ],
    dose: { sets: 2, reps: 10, holdSeconds: 3 },
    doseText: "2 sets of 10, holding 3 seconds at the top",
    cautions: ["Stop lower if you feel it mostly in your back rather than your buttocks."],
    types: ALL_TYPES,
    phases: [2],
    rhythm: "session",
  },
  {
    id: "pallof-hold",
    name: "Anti-rotation (Pallof) hold",
    purpose:
      "Builds the trunk's resistance to twisting, which protects the back when you reach, carry or get knocked.",
    steps: [
      "Attach a light resistance band at chest height and stand side-on to the anchor.",
      "Hold the band at your chest with both hands, feet hip-width apart, and brace.",
      "Press your hands straight out in front and hold without letting the band turn you.",
      "Hold for 10 seconds, bring the hands back, then repeat facing the other way.",
    ],
    dose: { sets: 2, reps: 5, holdSeconds: 10, perSide: true },
    doseText: "2 sets of 5 holds of 10 seconds each side",
    cautions: ["Pick a band light enough that your hips and shoulders stay square."],
    types: ["instability", "load", "mixed", "unclear"],
    phases: [2, 3],
    rhythm: "session",
  },
  {
    id: "hip-hinge-dowel",
    name: "Hip-hinge drill with a stick",
    purpose:
      "Teaches you to bend from the hips instead of the lower back, the movement behind every safe lift.",
    steps: [
      "Hold a broom handle along your back so it touches your head, upper back and tailbone.",
      "With knees slightly bent, push your hips back and let your chest come forward.",
      "Keep all three points of contact with the stick as you go down.",
      "Stop when you feel a stretch in the back of your thighs, then drive your hips forward to stand.",
    ],
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8 slow reps",
    cautions: [
      "If the stick leaves your tailbone or head, you have bent from the back; go less deep.",
    ],
    types: ALL_TYPES,
    phases: [2],
    rhythm: "session",
  },
  {
    id: "hip-hinge-load-close",
    name: "Hip hinge with the load close",
    purpose:
      "Puts the hinge to work with a light object held close to your body, where it puts least strain on the back.",
    steps: [
      "Stand close to a light object (a bag or a 2–5 kg weight) on a chair or low table.",
      "Brace, push your hips back and bend your knees to reach it with a long, straight back.",
      "Pull it in against your body before you lift.",
      "Stand by driving your hips forward, keeping the load close, then lower it the same way.",
    ],
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8, starting with 2–5 kg",
    cautions: ["Raise the starting height rather than rounding your back to reach lower."],
    types: ALL_TYPES,
    phases: [2, 3],
    rhythm: "session",
  },

  // Resilience: lifting, carrying and getting back to work and sport.
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

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

export function getExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/**
 * For ids that come from code (plans), where a miss is a programming error that the library
 * tests already rule out. Ids from the database should use getExercise and handle a miss.
 */
export function exerciseById(id: string): Exercise {
  const exercise = BY_ID.get(id);
  if (!exercise) throw new Error(`Unknown exercise id: ${id}`);
  return exercise;
}
