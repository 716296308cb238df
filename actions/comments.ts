"use server";

import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { createComment } from "@/db/queries/comments";
import { failure, formFields, invalid, type ActionState } from "@/lib/action-state";
import { getArticle } from "@/server/content/load";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/server/auth/current-user";
import { env } from "@/lib/env";
import { CommentSchema, HONEYPOT_FIELD } from "@/lib/validations/comment";
import { attemptComment } from "@/server/comments/comment-rate-limits";

const RECEIVED = "Thank you! Your comment will appear here once a moderator has approved it.";

/** Guests and members alike; every comment waits for moderation. */
export async function postCommentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  // A filled honeypot is a bot: look successful, store nothing.
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "")
    return { status: "success", message: RECEIVED };

  const parsed = CommentSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { slug, name, email, body } = parsed.data;
  if (!getArticle(slug)) return failure("This article no longer exists.", formData);

  const ip = clientIp(await headers());
  const attempt = await attemptComment(ip);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
    return failure(
      `You have posted several comments in a short time. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      formData,
    );
  }

  const user = await getCurrentUser();
  // Keyed hash, not the address: enough to spot one source of spam, useless if leaked.
  const ipHash = createHmac("sha256", env.AUTH_SECRET)
    .update(`comment-ip:${ip}`)
    .digest("base64url");
  await createComment({ articleSlug: slug, userId: user?.id ?? null, name, email, body, ipHash });
  return { status: "success", message: RECEIVED };
}
