/**
 * Journal insights (docs/product.md §5), one module per insight. Each is a pure function of the
 * entries and `today`, returning figures only when there is enough data and always saying how
 * many days it rests on.
 */
export * from "./pain-trend";
export * from "./sleep-vs-pain";
export * from "./active-vs-rest";
export * from "./stress-vs-pain";
export * from "./activities-table";
export * from "./four-week-check";
export * from "./streaks";
