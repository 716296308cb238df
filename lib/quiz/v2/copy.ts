// What version-2 result screens say beyond the red-flag module (which owns each flag's sign,
// urgency and action): the two profile stops and the new advice notes. Plain words; suggests,
// never diagnoses.
import type { SoftFlagV2 } from "./model";
import type { StopReasonV2 } from "./score";

export const STOP_COPY: Readonly<Record<StopReasonV2, { title: string; body: string }>> = {
  under16: {
    title: "Please see a GP or physiotherapist, with a parent or carer",
    body: "LBPfix is written for people aged 16 and over. Back pain in children and younger teenagers more often has a specific cause worth checking, so please book to see a GP or physiotherapist with a parent or carer within the next 1 to 2 weeks, and keep doing the everyday things that feel comfortable.",
  },
  recentSurgery: {
    title: "Check with your surgeon or physiotherapist first",
    body: "Because you had back surgery in the last 12 months, please check with your surgeon or physiotherapist before starting an exercise program, within the next 1 to 2 weeks. They can tell you which movements suit your recovery.",
  },
};

/** Notes a candidate sees for version 2's new soft flags (the rest are version 1's). */
export const SOFT_FLAG_NOTES_V2: Partial<Record<SoftFlagV2, string>> = {
  pregnant:
    "You told us you are pregnant or gave birth recently. Your plan swaps exercises that mean lying on your front or flat on your back for long, and leaves out curl-ups. A midwife or a women's health physiotherapist can advise you too.",
  osteoporosis:
    "You told us you have osteoporosis or have had a spinal fracture. Your plan leaves out loaded deep forward bending, twisting under load and curl-ups, and leans on balance and strength work.",
  inflammatory:
    "Some of your answers can go with inflammatory back pain (axial spondyloarthritis). Please ask your GP whether this could be the cause; the exercise plan still applies meanwhile.",
  ageFirstEpisode:
    "A first ever bout of back pain before 20 or after 50 is worth mentioning to a GP, even though most have an everyday cause.",
};

export const CANDIDATE_CHECK =
  "Nothing in your answers suggests a serious cause. If you have other health conditions, are pregnant, or are unsure, check with a health professional before you start.";
