import type { ShareLinkSummary } from "@/db/queries/share-links";
import { ActionButton } from "@/components/program/action-button";
import { revokeShareLinkAction } from "@/actions/share-links";
import { formatShortDate, isoDateOf } from "@/lib/dates/iso-date";
import type { VisitPackOptions } from "@/lib/progress/visit-pack-options";
import { shareLinkState, type ShareLinkState } from "@/lib/share-links/expiry";
import { CreateShareLinkForm } from "./create-share-link-form";

const STATE_WORDS: Record<ShareLinkState, string> = {
  live: "Live",
  expired: "Expired",
  revoked: "Revoked",
};

function day(instant: Date): string {
  return formatShortDate(isoDateOf(instant), true);
}

/**
 * "Share with your clinician" (docs/product.md §9): make a read-only link to the pack as chosen
 * now, and see and revoke the links made before.
 */
export function ShareLinksPanel({
  options,
  links,
  now,
}: {
  options: VisitPackOptions;
  links: ShareLinkSummary[];
  now: Date;
}) {
  return (
    <section aria-labelledby="share-heading" className="space-y-4" data-share-panel>
      <h2 id="share-heading" className="text-2xl font-semibold">
        Share with your clinician
      </h2>
      <p className="text-muted max-w-2xl">
        A private link opens a read-only copy of your visit pack for{" "}
        {formatShortDate(options.from, true)} to {formatShortDate(options.to, true)}, always with
        your latest entries. Nobody needs to sign in to read it, so share it only with people you
        trust. You choose how long it works, and you can revoke it at any time.
      </p>
      <CreateShareLinkForm options={options} />
      <h3 className="text-xl font-semibold">Your links</h3>
      {links.length === 0 ? (
        <p>No links yet.</p>
      ) : (
        <ul className="space-y-4">
          {links.map((link) => {
            const state = shareLinkState(link, now);
            return (
              <li
                key={link.id}
                className="space-y-3 rounded-xl border border-gray-300 p-4 dark:border-gray-600"
                data-share-link={state}
              >
                <p className="font-semibold">
                  {STATE_WORDS[state]}: pack for {formatShortDate(link.from, true)} to{" "}
                  {formatShortDate(link.to, true)}
                </p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-muted">Made</dt>
                  <dd>{day(link.createdAt)}</dd>
                  <dt className="text-muted">{state === "revoked" ? "Revoked" : "Expires"}</dt>
                  <dd>
                    {day(state === "revoked" && link.revokedAt ? link.revokedAt : link.expiresAt)}
                  </dd>
                  <dt className="text-muted">Last opened</dt>
                  <dd>{link.lastViewedAt ? day(link.lastViewedAt) : "Not opened yet"}</dd>
                  <dt className="text-muted">Times opened</dt>
                  <dd data-view-count>{link.viewCount}</dd>
                </dl>
                {state !== "live" ? (
                  <p className="text-muted text-sm">
                    This link no longer opens the pack. Whoever opens it sees that it has ended.
                  </p>
                ) : null}
                {state === "live" ? (
                  <ActionButton
                    action={revokeShareLinkAction}
                    fields={{ linkId: link.id }}
                    label="Revoke"
                    accessibleLabel={`Revoke the link made ${day(link.createdAt)}`}
                    pendingText="Revoking…"
                    variant="danger"
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
