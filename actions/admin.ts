"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { moderateComment } from "@/db/queries/comments";
import { formFields } from "@/lib/action-state";
import { requireAdmin } from "@/server/auth/current-user";
import { ModerationSchema } from "@/lib/validations/comment";

/**
 * Approve, reject or mark as spam. Article pages need no revalidation: they
 * load approved comments live. The result rides in the URL so it shows
 * without client JavaScript.
 */
export async function moderateCommentAction(_: unknown, formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = ModerationSchema.safeParse(formFields(formData));
  if (!parsed.success) redirect("/admin?moderated=invalid");
  const changed = await moderateComment(parsed.data);
  revalidatePath("/admin");
  redirect(`/admin?moderated=${changed ? parsed.data.decision : "stale"}`);
}
