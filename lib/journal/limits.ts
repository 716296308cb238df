// The journal's numeric limits, in a module without zod so the form can
// read them (min/max attributes) without pulling the validator into the page.
export const JOURNAL_LIMITS = {
  pain: { min: 0, max: 10 },
  sleepHours: { min: 0, max: 24, step: 0.5 },
  sleepQuality: { min: 1, max: 5 },
  stress: { min: 0, max: 10 },
  mood: { min: 1, max: 5 },
  activeMinutes: { min: 0, max: 1440 },
  activities: { max: 10 },
  activityName: { min: 1, max: 60 },
  food: { max: 500 },
  notes: { max: 2000 },
} as const;
