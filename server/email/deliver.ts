import "server-only";
import { after } from "next/server";
import { deliverPending } from "@/db/queries/outbox";
import { sendEmail } from "./transport";

/** Sends whatever the outbox holds now (new rows and earlier failures). */
export async function deliverOutbox(): Promise<number> {
  try {
    return await deliverPending(sendEmail);
  } catch (error) {
    // The rows stay in the outbox and go with the next delivery.
    console.error("[email] delivery failed:", error instanceof Error ? error.message : error);
    return 0;
  }
}

/**
 * Sends until the outbox has nothing due (the reminder worker's delivery job). Stops when a
 * pass sends nothing, so emails whose sends fail wait for the next run.
 */
export async function drainOutbox({
  claimSeconds,
}: { claimSeconds?: number } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await deliverPending(sendEmail, { limit: 50, claimSeconds });
    total += sent;
    if (sent === 0) return total;
  }
}

/** Delivers after the response is sent, so a slow mail server never slows a form. */
export function scheduleEmailDelivery(): void {
  after(deliverOutbox);
}
