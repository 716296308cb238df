// Runs once when `next start` / `next dev` boots (never at build). The Node
// half opens the database (applying migrations) before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openDatabaseOrExit } = await import("./instrumentation-node");
    await openDatabaseOrExit();
  }
}
