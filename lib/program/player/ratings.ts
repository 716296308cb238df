/** How an exercise felt this session: the input to dose adaptation. */
export const RATINGS = ["too-easy", "about-right", "too-hard"] as const;

export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  "too-easy": "Too easy",
  "about-right": "About right",
  "too-hard": "Too hard",
};
