// STUB: replaced by h-pack at merge
import type { VisitPack } from "@/server/member/load-visit-pack";
import { formatShortDate } from "@/lib/dates/iso-date";
import { VISIT_PACK_SECTIONS } from "@/lib/progress/visit-pack-options";

/** The visit pack itself: the member's page and the shared page render the same view. */
export function VisitPackView({ pack, mode }: { pack: VisitPack; mode: "member" | "shared" }) {
  const { from, to, sections } = pack.options;
  return (
    <article className="space-y-4" data-visit-pack={mode}>
      <h2 className="font-serif text-2xl font-bold">Visit pack</h2>
      <p>
        {formatShortDate(from, true)} to {formatShortDate(to, true)}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {VISIT_PACK_SECTIONS.filter((s) => sections.includes(s.id)).map((s) => (
          <li key={s.id}>{s.label}</li>
        ))}
      </ul>
      <p>
        {pack.checkIns.length === 1
          ? "1 weekly check-in in this range."
          : `${pack.checkIns.length} weekly check-ins in this range.`}
      </p>
    </article>
  );
}
