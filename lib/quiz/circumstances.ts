// Quiz version 2's `circumstances` answer (docs/product.md §3): a multi-select,
// stored as an array, empty allowed. The program adapts to `pregnant` and
// `osteoporosis` (§4); `recentSurgery` routes to doctor_first.
export const CIRCUMSTANCES = ["pregnant", "osteoporosis", "recentSurgery"] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
