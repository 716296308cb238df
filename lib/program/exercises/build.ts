import type { Exercise } from "../types";
import { ALL_TYPES } from "./all-types";
import { SHARP_OR_SPREADING_PAIN } from "./cautions";

/** Build: control of movement (a still pelvis while the limbs move), trunk endurance and the hip hinge. */
export const BUILD_EXERCISES: readonly Exercise[] = [
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
    feel: "Your tummy muscles working lightly to keep your pelvis still while the leg slides. It should feel like steady control, not hard work.",
    dose: { sets: 2, reps: 8, perSide: true },
    doseText: "2 sets of 8 slow slides each side",
    cautions: [
      "Shorten the slide if your pelvis tips or your back arches.",
      SHARP_OR_SPREADING_PAIN,
    ],
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
    feel: "Your tummy and the sides of your trunk working lightly to keep your pelvis level as the knee drops out. A mild stretch in the inner thigh is fine.",
    dose: { sets: 2, reps: 8, perSide: true },
    doseText: "2 sets of 8 slow reps each side",
    cautions: ["If the opposite hip lifts, make the movement smaller.", SHARP_OR_SPREADING_PAIN],
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
    feel: "Your tummy muscles working to keep your back still while an arm and a leg move. It is normal to feel them tire or shake a little near the end of a set.",
    dose: { sets: 2, reps: 6, perSide: true },
    doseText: "2 sets of 6 slow reps each side",
    cautions: [
      "Keep the range small at first; it is control that counts, not reach.",
      SHARP_OR_SPREADING_PAIN,
    ],
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
    feel: "Your front stomach muscles working while you keep breathing. Some tiredness in your tummy, and maybe your neck, is normal; your lower back should feel steady.",
    dose: { sets: 3, reps: 5, holdSeconds: 8 },
    doseText: "3 sets of 5 holds, 8 seconds each",
    cautions: [
      "Keep the lift small; the lower back never flattens or rounds.",
      SHARP_OR_SPREADING_PAIN,
    ],
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
    feel: "The muscles along the side of your waist and hip working to hold you up. Effort, or a little shaking near the end of a hold, is normal.",
    dose: { sets: 1, reps: 5, holdSeconds: 10, perSide: true },
    doseText: "5 holds of 10 seconds each side",
    cautions: [
      "Stop if your shoulder complains; a wall version standing up is gentler on it.",
      SHARP_OR_SPREADING_PAIN,
    ],
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
    feel: "Strong effort along the side of your trunk and hip, and some work in the shoulder you lean on. Shaking near the end of a hold is normal.",
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
    feel: "Your back and buttock muscles working on the side of the lifted leg, and your trunk working to stay still. A little wobble while you learn is normal.",
    dose: { sets: 2, reps: 6, holdSeconds: 8, perSide: true },
    doseText: "2 sets of 6 slow reps each side, holding 8 seconds",
    cautions: [
      "Lift the leg only as high as your back stays level; start with the leg alone if needed.",
      SHARP_OR_SPREADING_PAIN,
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
    feel: "Mostly your buttocks working, with some help from the backs of your thighs. A little effort in your back is fine.",
    dose: { sets: 2, reps: 10, holdSeconds: 3 },
    doseText: "2 sets of 10, holding 3 seconds at the top",
    cautions: [
      "Stop lower if you feel it mostly in your back rather than your buttocks.",
      SHARP_OR_SPREADING_PAIN,
    ],
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
    feel: "Your tummy and the sides of your trunk working to stop the band turning you. You should feel steady, with your breathing still easy.",
    dose: { sets: 2, reps: 5, holdSeconds: 10, perSide: true },
    doseText: "2 sets of 5 holds of 10 seconds each side",
    cautions: [
      "Pick a band light enough that your hips and shoulders stay square.",
      SHARP_OR_SPREADING_PAIN,
    ],
    types: ["instability", "load", "mixed", "unclear"],
    phases: [2, 3],
    rhythm: "session",
  },
  {
    id: "hip-hinge-dowel",
    name: "Hip-hinge drill with a stick",
    purpose:
      "Practises bending from the hips: one useful way to bend and lift, handy while bending from the lower back is sore. It is an option, not the only safe way: a rounded back is a normal way to bend too.",
    steps: [
      "Hold a broom handle along your back so it touches your head, upper back and tailbone.",
      "With knees slightly bent, push your hips back and let your chest come forward.",
      "Keep all three points of contact with the stick as you go down.",
      "Stop when you feel a stretch in the back of your thighs, then drive your hips forward to stand.",
    ],
    feel: "A stretch in the backs of your thighs as your hips push back, and the stick resting on your head, upper back and tailbone the whole way.",
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8 slow reps",
    cautions: [
      "If the stick leaves your tailbone or head, go less deep; the drill is about learning the hip movement, not about keeping your back still for ever.",
      SHARP_OR_SPREADING_PAIN,
    ],
    types: ALL_TYPES,
    phases: [2],
    rhythm: "session",
  },
  {
    id: "hip-hinge-load-close",
    name: "Hip hinge with the load close",
    purpose:
      "Puts the hinge to work with a light object held close to your body, where a load feels lightest and is easiest to control.",
    steps: [
      "Stand close to a light object (a bag or a 2–5 kg weight) on a chair or low table.",
      "Push your hips back and bend your knees to reach it.",
      "Pull it in against your body before you lift.",
      "Stand by driving your hips forward, keeping the load close, then lower it the same way.",
    ],
    feel: "Your buttocks and thighs doing the work as you stand, and the load feeling light because it is close to you. Your back should feel steady.",
    dose: { sets: 3, reps: 8 },
    doseText: "3 sets of 8, starting with 2–5 kg",
    cautions: [
      "If reaching lower stirs up your back, raise the starting height for now and lower it over the weeks.",
    ],
    types: ALL_TYPES,
    phases: [2, 3],
    rhythm: "session",
  },
];
