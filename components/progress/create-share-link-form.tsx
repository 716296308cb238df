"use client";

import { useState } from "react";
import { createShareLinkAction } from "@/actions/share-links";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClassName } from "@/components/ui/button-class";
import { Field, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { VisitPackOptions } from "@/lib/progress/visit-pack-options";
import {
  SHARE_LINK_DEFAULT_DAYS,
  SHARE_LINK_MAX_DAYS,
  SHARE_LINK_MIN_DAYS,
} from "@/lib/share-links/expiry";

/**
 * Makes a link to the pack as it is chosen now (range and sections go as hidden fields), then
 * shows the full URL once: only its hash is kept, so it cannot be shown again.
 */
export function CreateShareLinkForm({ options }: { options: VisitPackOptions }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/share-links").then((m) => m.CreateShareLinkSchema),
    action: createShareLinkAction,
    // The pack options are checked in the browser too, from these values; they post as the
    // hidden fields below.
    defaults: {
      expiryDays: String(SHARE_LINK_DEFAULT_DAYS),
      from: options.from,
      to: options.to,
      sections: options.sections,
    },
    idPrefix: "share-link",
  });
  const url = state.status === "success" ? state.shownOnce : undefined;
  return (
    <div className="max-w-2xl space-y-4">
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="from" value={options.from} />
        <input type="hidden" name="to" value={options.to} />
        {options.sections.map((id) => (
          <input key={id} type="hidden" name="sections" value={id} />
        ))}
        <Field
          label="Days the link works"
          hint={`From ${SHARE_LINK_MIN_DAYS} to ${SHARE_LINK_MAX_DAYS}. You can revoke it sooner at any time.`}
          required
          type="number"
          inputMode="numeric"
          min={SHARE_LINK_MIN_DAYS}
          max={SHARE_LINK_MAX_DAYS}
          className="max-w-xs"
          {...field("expiryDays")}
        />
        <FormAlert state={state} />
        <SubmitButton pending={pending} pendingText="Making the link…">
          Make a link
        </SubmitButton>
      </form>
      {url ? <NewLink key={url} url={url} /> : null}
    </div>
  );
}

function NewLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="border-brand-200 bg-brand-50 space-y-3 rounded-xl border p-4" data-new-link>
      <label htmlFor="new-share-link" className="block font-semibold">
        Your new link
      </label>
      <p id="new-share-link-hint" className="text-sm">
        Copy it now: for your privacy we keep only a scrambled fingerprint of it, so this page
        cannot show it again. Anyone with the link can read the pack until it expires or you revoke
        it.
      </p>
      <input
        id="new-share-link"
        readOnly
        value={url}
        aria-describedby="new-share-link-hint"
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClass} font-mono text-sm`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className={buttonClassName("secondary")}>
          Copy link
        </button>
        <p role="status" className="text-sm">
          {copied === "done"
            ? "Copied."
            : copied === "failed"
              ? "Copying did not work here: select the link and copy it yourself."
              : ""}
        </p>
      </div>
    </div>
  );
}
