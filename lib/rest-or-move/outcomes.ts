import { NOT_GETTING_BETTER } from "@/lib/safety/red-flags";
import type { Category } from "./decide";

export type Outcome = {
  title: string;
  summary: string;
  doThis: string[];
  avoid: string[];
  getAssessed: string[];
};

// Wording follows docs/product.md §1: suggest, never diagnose; encourage movement;
// relative rest of the sore part only, never bed rest. "See someone if it is not getting better"
// is the one timing in lib/safety/red-flags.ts (docs/product.md §6).
export const OUTCOMES: Record<Category, Outcome> = {
  A: {
    title: "A specific, localised injury",
    summary:
      "Give the injured part a short break — days, not weeks, depending on how bad it is — and keep everything else moving.",
    doThis: [
      "Rest the injured area briefly: a little less than usual, not nothing, for a few days.",
      "Keep the rest of you active. A sore back still usually allows walking, and often cycling or upper-body machines.",
      "Reintroduce the movements you paused gradually as the pain settles, and note how each one feels.",
    ],
    avoid: [
      "Complete bed rest: it slows recovery rather than speeding it up.",
      "Training so hard that it slows healing — mostly a risk for competitive athletes keen to get back.",
    ],
    getAssessed: [NOT_GETTING_BETTER, "You are unsure how serious the injury is."],
  },
  B: {
    title: "Get assessed first",
    summary:
      "With pain this severe, or pain that worsens with any and all activity, see a physiotherapist or chiropractor before deciding how much to rest. It is often less serious than it feels.",
    doThis: [
      "Book an assessment with a physiotherapist or chiropractor soon; see a doctor if you cannot get one quickly.",
      "Until then, find the most comfortable positions and make small, gentle movements within comfort.",
      "Keep short walks around the home if you can manage them.",
    ],
    avoid: [
      "Pushing through activities that keep making it worse.",
      "Assuming the worst: severe back pain is frightening, but usually not a sign of serious damage.",
      "Long stretches of lying still; change position regularly.",
    ],
    getAssessed: [
      "Now — that is this category's first step.",
      "Go to urgent care straight away for any red flag in the note at the top of this page.",
    ],
  },
  C: {
    title: "Moderate to severe pain that stays stable with activity",
    summary:
      "Focus on the activities that don’t make it worse, and bring back the aggravating one gently after one to two weeks.",
    doThis: [
      "Do plenty of what your back tolerates — for example walk or cycle instead of running.",
      "After one to two weeks (longer if the pain is more severe), retry the aggravating activity gently, at a lower dose.",
      "Keep notes on what you did and how your back responded, so you can see the trend.",
    ],
    avoid: [
      "The activities that clearly aggravate it, for now — a pause, not a ban.",
      "Resting completely: staying active in the ways you tolerate helps recovery.",
    ],
    getAssessed: [
      "The pain starts to worsen with everything you do.",
      NOT_GETTING_BETTER,
      "You want a plan tailored to you: our quiz can suggest which movements your back tolerates.",
    ],
  },
  D: {
    title: "Keep moving and experiment",
    summary:
      "Your pain is mild to moderate and stable, or eases as you move: you can experiment more freely with activity.",
    doThis: [
      "Do lots of the activities that feel comfortable — walking, cycling, easy swimming, machine exercises.",
      "Add new or previously painful activities one at a time, and watch how your back responds over the next day.",
      "Build up gradually and keep a simple journal of what you did and how it felt.",
    ],
    avoid: [
      "Anything totally new to you or inherently risky while your back is sore.",
      "Adding several new things at once: you won’t know which one helped or hurt.",
    ],
    getAssessed: [
      "The pain changes character, spreads, or gets steadily worse.",
      NOT_GETTING_BETTER,
      "It keeps coming back and stops you doing things that matter to you.",
    ],
  },
};
