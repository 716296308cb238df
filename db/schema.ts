// One schema for both drivers (pg and PGlite), one file per domain under db/tables/. Every
// table that holds a member's data references users.id with ON DELETE CASCADE, so deleting
// the account deletes everything of theirs in one statement. drizzle-kit reads the tables
// through this file (drizzle.config.ts), and the app imports them from here.

export * from "./tables/accounts";
export * from "./tables/quiz";
export * from "./tables/program";
export * from "./tables/journal";
export * from "./tables/progress";
export * from "./tables/learn";
export * from "./tables/reminders";
export * from "./tables/visit-pack";
export * from "./tables/comments";
export * from "./tables/infrastructure";
