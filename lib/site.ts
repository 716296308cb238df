import "server-only";
import { env } from "./env";

// Public facts about the site used by metadata, feeds and the shell.
export const siteConfig = {
  name: "LBPfix",
  url: env.SITE_URL,
  description:
    "Practical, evidence-informed help for lower back pain: learn when to rest and when to move, find your movement pattern in a two-minute quiz, and follow a plan that fits it.",
  shortDisclaimer:
    "LBPfix is educational only. It does not diagnose or treat, and using it does not create a clinician–patient relationship. Check with a health professional before starting new activity.",
} as const;
