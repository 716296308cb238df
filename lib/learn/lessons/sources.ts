// The guidelines the lessons were checked against, named once so every lesson spells them alike.
export const NICE_NG59 = "NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)";
export const WHO_2023 =
  "WHO guideline on non-surgical management of chronic primary low back pain in adults (2023)";
export const ACP_2017 =
  "American College of Physicians guideline on low back pain (Qaseem et al., 2017)";
export const REVIEWED = "2026-12-04";
