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

/** Delivers after the response is sent, so a slow mail server never slows a form. */
export function scheduleEmailDelivery(): void {
  after(deliverOutbox);
}
