// Result-page words, in our own plain language, built from docs/product.md §1 and
// §3. Tone rules (docs/product.md §6), checked by copy.test.ts: say "suggests",
// never "diagnoses"; encourage movement; never suggest bed rest; red flags in
// plain words, calmly, first.

import { OUTCOMES } from "@/lib/rest-or-move/outcomes";
import { NOT_GETTING_BETTER } from "@/lib/safety/red-flags";
import { CANDIDATE_CHECK } from "./v2/copy";
import { RESULT_TYPE_LABELS } from "./types";
import type { Category, GateKey, Outcome, QuizResult, ResultType, SoftFlag } from "./types";

export const QUIZ_DISCLAIMER =
  "This quiz is for education only. It is not a diagnosis, and it does not create a clinician–patient relationship. Check with a health professional before starting any new activity.";

export interface ResultTypeCopy {
  label: string;
  /** What the pattern means. Always "suggests". */
  summary: string;
  aggravates: readonly string[];
  eases: readonly string[];
  /** What the matching plan focuses on (docs/product.md §4). */
  plan: string;
}

export const RESULT_TYPE_COPY: Readonly<Record<ResultType, ResultTypeCopy>> = {
  flexion: {
    label: RESULT_TYPE_LABELS.flexion,
    summary:
      "Your answers suggest your back is sensitive to bending forward. Positions that round your lower back tend to stir it up. Straighter, more upright positions tend to settle it.",
    aggravates: [
      "Sitting for long spells, especially slumped",
      "Driving",
      "Bending forward, for example to lift or to put on shoes",
      "Heavy bending soon after you get up in the morning",
    ],
    eases: [
      "Short walks of about 10 minutes, a few times a day",
      "Getting up from sitting every 20 to 30 minutes",
      "Lying on your front, then propping up on your elbows, if that feels easier",
      "Bending at the hips while bending from the lower back is sore",
    ],
    plan: "Your plan starts with walking, regular breaks from sitting and gentle core exercises that keep your back in a comfortable position.",
  },
  extension: {
    label: RESULT_TYPE_LABELS.extension,
    summary:
      "Your answers suggest your back is sensitive to arching backwards. Standing still, walking a long way or leaning back tend to stir it up. Sitting or leaning forward a little tends to settle it.",
    aggravates: [
      "Standing still for a long time",
      "Walking a long way",
      "Arching back, or reaching up high",
    ],
    eases: [
      "Sitting with good back support",
      "Gently tilting your pelvis to flatten your lower back",
      "Hugging your knees, or rocking back on your hands and knees, if that feels easier",
      "Stretching the front of your hips with your tummy gently tightened",
    ],
    plan: "Your plan starts with pelvic tilts, bridges and core exercises. It avoids long standing and full back-bends early on.",
  },
  instability: {
    label: RESULT_TYPE_LABELS.instability,
    summary:
      "Your answers suggest your back is sensitive to sudden or uncontrolled movement. Sharp catches, a feeling of giving way, or pain as you change position are common signs. It may relate to how smoothly you control movement, and control can be trained.",
    aggravates: [
      "Sudden twists or awkward reaches",
      "Getting up from a chair or out of bed quickly",
      "Rolling over in bed",
      "A sneeze or cough you are not ready for",
    ],
    eases: [
      "A light brace before a move that tends to catch, early on",
      "Moving slowly and steadily",
      "Rolling onto your side as one piece to get out of bed",
      "Exercises that keep your pelvis still while your arms and legs move",
    ],
    plan: "Your plan builds control: keeping your pelvis still while your limbs move, steady ways to get up and down, then quicker moves step by step.",
  },
  load: {
    label: RESULT_TYPE_LABELS.load,
    summary:
      "Your answers suggest your back is sensitive to load: weight pressing down through your spine. Lifting, carrying, running and jumping tend to stir it up. Taking the weight off tends to settle it.",
    aggravates: [
      "Lifting and carrying, especially with the load away from your body",
      "Running and jumping",
      "Long spells without a movement break",
    ],
    eases: [
      "Regular short movement breaks",
      "A steady walking routine",
      "Taking your time when you lift or stand up",
      "Keeping loads close and bending at the hips",
    ],
    plan: "Your plan starts with walking and movement breaks, then builds up your lifting and carrying step by step.",
  },
  mixed: {
    label: RESULT_TYPE_LABELS.mixed,
    summary:
      "Your answers suggest more than one pattern, with no single one standing out. That is common, and it does not mean your back pain is more serious.",
    aggravates: ["The movements you said make it worse", "Staying in one position for a long time"],
    eases: [
      "Keeping your back in a comfortable middle position, neither rounded nor arched, as you move",
      "Changing position often",
      "Walking at an easy pace",
    ],
    plan: "Your plan keeps your spine in a comfortable middle position as you build strength. A physiotherapist can help pin down your pattern in person, and we suggest seeing one.",
  },
  unclear: {
    label: RESULT_TYPE_LABELS.unclear,
    summary:
      "Your answers do not clearly suggest one pattern. That often happens when pain is mild, or changes a lot from day to day.",
    aggravates: ["Long spells in one position", "Doing a lot more than usual all at once"],
    eases: [
      "Staying active in ways you enjoy",
      "Walking, cycling or easy swimming",
      "Good sleep and time to unwind",
    ],
    plan: "Your plan builds general strength and confidence: steady walking, core control and gradual strengthening. A pain journal will help you spot what helps.",
  },
};

export interface CategoryCopy {
  title: string;
  summary: string;
  /** Guidance for the next two weeks, from the rest-or-move framework. */
  nextTwoWeeks: readonly string[];
}

// The A–D names are the rest-or-move guide's own, so the two tools speak of the same four
// categories in the same words (issue 17).
export const CATEGORY_COPY: Readonly<Record<Category, CategoryCopy>> = {
  A: {
    title: OUTCOMES.A.title,
    summary: "Rest the injured area briefly. Keep everything else moving.",
    nextTwoWeeks: [
      "Give the injured area a short break: a few days, a little longer if it is more severe.",
      "Keep the rest of your body moving. Walking, cycling or machine exercises that do not load the sore area are usually fine.",
      "Bring the injured area back into use gradually as it settles.",
      "Do not train so hard that it slows your recovery.",
    ],
  },
  B: {
    title: OUTCOMES.B.title,
    summary:
      "Your pain is very strong, is stopping everyday tasks, or is getting worse with everything you do. Get assessed before deciding how much to rest or move.",
    nextTwoWeeks: [
      "See a physiotherapist or chiropractor in the next few days.",
      "Until then, keep doing the gentle everyday movements you can manage.",
      "Strong pain does not always mean serious damage. It is often less serious than it feels.",
      "If a leg is getting weaker, or you notice any of the warning signs in the box at the end of this page, get help as quickly as they say.",
    ],
  },
  C: {
    title: OUTCOMES.C.title,
    summary: "Focus on the activities that do not make your pain worse.",
    nextTwoWeeks: [
      "Do more of the activities that leave your pain no worse. For example, walk or cycle instead of running.",
      "Set the activity that makes it worse aside for now.",
      "After one to two weeks, try it again gently and briefly. The stronger your pain, the longer you wait.",
      "Note how each try goes in your journal.",
    ],
  },
  D: {
    title: OUTCOMES.D.title,
    summary:
      "Your pain lets you try things. Do plenty of what feels comfortable and add more step by step.",
    nextTwoWeeks: [
      "Do plenty of the activities that feel comfortable.",
      "Add new or previously painful activities one at a time. Watch how your back responds that day and the next.",
      "For now, avoid anything totally new to you or risky in itself.",
      "Keep a short journal of your pain, activity, sleep and stress.",
    ],
  },
};

export interface OutcomeCopy {
  title: string;
  whoToSee: string;
  howSoon: string;
  body: readonly string[];
}

export const OUTCOME_COPY: Readonly<Record<Outcome, OutcomeCopy>> = {
  urgent: {
    title: "Please get urgent medical care now",
    whoToSee: "Go to an emergency department, or call your local emergency number.",
    howSoon: "Now. Do not wait to see if it settles.",
    body: [
      "One of your answers can be a sign of a problem that needs checking straight away, such as pressure on the nerves at the base of the spine, or an infection.",
      "Getting checked quickly is the safe choice, even if it turns out to be nothing serious.",
      "Show them your answers from this quiz.",
      "We will not suggest an exercise program until a doctor has seen you.",
    ],
  },
  doctor_first: {
    title: "Please see a doctor before you start",
    whoToSee: "Your GP or family doctor.",
    howSoon:
      "Book an appointment in the next few days. If your pain or other symptoms get quickly worse, get urgent care.",
    body: [
      "One of your answers is something a doctor should check before you start a new exercise program.",
      "This is a precaution. Most back pain is not caused by anything serious.",
      "Until then, keep moving gently in ways that feel comfortable.",
      "Once your doctor is happy, you can take the quiz again.",
    ],
  },
  assessment_first: {
    title: "Get assessed before deciding how much to move",
    whoToSee: "A physiotherapist or chiropractor.",
    howSoon: "In the next few days.",
    body: [
      "An in-person assessment is the best next step when pain is this strong or keeps getting worse.",
      "It is often less serious than it feels.",
      "If you notice any of the warning signs on the disclaimer page, get help at once.",
      "After your assessment, take the quiz again to get a program that fits.",
    ],
  },
  candidate: {
    title: "You can start your program",
    whoToSee: "No one urgently. A physiotherapist can help if you would like guidance in person.",
    howSoon: NOT_GETTING_BETTER,
    body: [
      CANDIDATE_CHECK,
      "Most back pain gets better by staying active. Your program starts gently and builds up.",
      "Start easy and note how you feel each day.",
    ],
  },
};

/** What each red flag was, for a "You told us" line on the safety screen. */
export const RED_FLAG_COPY: Readonly<Record<GateKey, string>> = {
  bladderBowel:
    "New trouble controlling your bladder or bowels, or numbness around your genitals, back passage or inner thighs",
  bothLegs:
    "Numbness, tingling or weakness in both legs, a leg or foot getting weaker, or new unsteadiness walking",
  infection:
    "Fever or chills, a weakened immune system, injecting drugs, or a recent serious infection",
  trauma:
    "Pain that started after a major accident or fall, or a minor one with osteoporosis or long-term steroid tablets",
  cancer: "Cancer in the past, or weight loss without trying",
  nightPain: "Constant night pain that no position eases",
};

/** Advice-only notes; none of them stops anyone starting. */
export const SOFT_FLAG_COPY: Readonly<Record<SoftFlag, string>> = {
  ageOutside20to50:
    "Back pain that starts for the first time before 20 or after 50 is less common. If this is your first bout, mention it to a doctor so they can check it. You can keep moving meanwhile.",
  oneLegSymptoms:
    "Pain or tingling down one leg often comes from an irritated nerve and usually eases as your back settles. If the leg or foot is getting weaker, you are tripping, or both legs become affected, get urgent care. If the leg pain is severe, or is not easing after 4 to 6 weeks, see a GP or physiotherapist.",
  bothLegsSymptoms:
    "You mentioned symptoms in both legs. If you notice numbness, tingling or weakness in both legs, or any change in bladder or bowel control, get urgent care straight away.",
  slowToSettle:
    "Your pain has lasted 6 to 12 weeks. If it is not steadily easing, see a physiotherapist or doctor.",
  chronic:
    "Your pain has lasted more than 3 months. With long-lasting back pain, most people improve by doing more, not less. Build up steadily, and keep going gently on harder days.",
};

export interface ResultCopy {
  outcome: OutcomeCopy;
  /** Shown first when present: why the quiz stopped. */
  redFlags: readonly string[];
  type: ResultTypeCopy | null;
  category: CategoryCopy | null;
  softFlags: readonly string[];
}

/**
 * All the words for one result. A red-flag result carries no type or
 * category copy, so a page cannot show a plan beside a safety message.
 */
export function resultCopy(result: QuizResult): ResultCopy {
  const stopped = result.redFlags.length > 0;
  return {
    outcome: OUTCOME_COPY[result.outcome],
    redFlags: result.redFlags.map((key) => RED_FLAG_COPY[key]),
    type: !stopped && result.type ? RESULT_TYPE_COPY[result.type] : null,
    category: !stopped && result.category ? CATEGORY_COPY[result.category] : null,
    softFlags: result.softFlags.map((flag) => SOFT_FLAG_COPY[flag]),
  };
}
