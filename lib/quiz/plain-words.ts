// The quiz result's first lines (docs/product.md §3: lead with the result in plain words, then
// the label, then the one next step, above the fold on a phone). The labels themselves
// ("Flexion intolerant") are the contract and stay; each gets one plain sentence saying what
// its words mean, so a label never reads like a diagnosis or an allergy.

import type { ResultType } from "./types";

export interface PlainWords {
  /** The result as a person would say it: what tends to bother their back. */
  headline: string;
  /** What the label's words mean, in one or two plain sentences. */
  labelMeans: string;
}

export const RESULT_IN_PLAIN_WORDS: Readonly<Record<ResultType, PlainWords>> = {
  flexion: {
    headline: "Sitting and bending forward tend to bother your back most",
    labelMeans:
      "“Flexion” is bending forward; “intolerant” only means your back is touchy about it for now, not that anything is damaged.",
  },
  extension: {
    headline: "Standing for long and arching back tend to bother your back most",
    labelMeans:
      "“Extension” is arching or leaning backwards; “intolerant” only means your back is touchy about it for now, not that anything is damaged.",
  },
  instability: {
    headline: "Sudden or unexpected moves tend to bother your back most",
    labelMeans:
      "It means your back dislikes moves it is not ready for. It is about how smoothly you control movement, which can be trained; it does not mean your spine is loose or unstable.",
  },
  load: {
    headline: "Lifting, carrying and impact tend to bother your back most",
    labelMeans:
      "“Load” is weight pressing down through your spine, as in lifting, carrying, running or jumping; “intolerant” only means your back is touchy about it for now.",
  },
  mixed: {
    headline: "More than one kind of movement bothers your back",
    labelMeans:
      "No single pattern stands out: bending and arching can both stir it up. That is common and does not mean your back pain is more serious.",
  },
  unclear: {
    headline: "No single movement stands out as bothering your back",
    labelMeans:
      "Your answers do not point to one kind of movement. That often happens when pain is mild or changes from day to day.",
  },
};
