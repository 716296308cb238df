import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressLineChart } from "@/components/charts/progress-line-chart";
import { formatShortDate } from "@/lib/dates/iso-date";
import type { ActivityRow } from "@/lib/journal/insights";
import type { VisitPackSectionId } from "@/lib/progress/visit-pack-options";
import {
  flareLines,
  journalPainLine,
  PACK_ACTIVITY_ROWS,
  PACK_FOOTNOTE,
  PACK_TITLE,
  packRangeLine,
  quizLines,
  sectionTitle,
  sessionsLine,
} from "@/lib/progress/visit-pack-words";
import type { VisitPackSection } from "@/lib/progress/visit-pack-types";
import type { VisitPack } from "@/server/member/load-visit-pack";

type Mode = "member" | "shared";

/**
 * The visit pack read-only (docs/product.md §9), framed as the sheet it prints as: two columns
 * on a wide screen and on paper (filled top to bottom, then the next), one on a phone; no section is split across printed pages, and
 * printed text has no ligatures so a clinician can copy it from a PDF intact. Mode "shared"
 * leaves out the member's own links and prompts.
 */
export function VisitPackView({ pack, mode }: { pack: VisitPack; mode: Mode }) {
  return (
    <article
      aria-labelledby="visit-pack-title"
      data-visit-pack={mode}
      className="rounded-xl border border-slate-300 bg-white p-4 text-slate-900 sm:p-6 print:rounded-none print:border-0 print:p-0 print:text-[9.5pt] print:leading-snug print:[font-variant-ligatures:none]"
    >
      <header className="mb-4 border-b border-slate-300 pb-3 print:mb-2 print:pb-2">
        <h2 id="visit-pack-title" className="font-serif text-2xl font-bold print:text-[15pt]">
          {PACK_TITLE}
          {pack.memberName ? `: ${pack.memberName}` : ""}
        </h2>
        <p className="mt-1">
          {packRangeLine(pack)}. Made on {formatShortDate(pack.generatedOn, true)}.
        </p>
        <p className="mt-1 text-sm text-slate-700 print:text-[8pt]">{PACK_FOOTNOTE}</p>
      </header>
      {/* Columns, not a grid: a short section does not leave a gap beside a tall one. */}
      <div className="gap-x-6 md:columns-2 print:columns-2 print:gap-x-5">
        {pack.sections.map((section) => (
          <PackSection key={section.id} id={section.id} wide={isWide(section)}>
            <SectionBody section={section} mode={mode} />
          </PackSection>
        ))}
      </div>
    </article>
  );
}

function isWide(section: VisitPackSection): boolean {
  return section.id === "notes";
}

function PackSection({
  id,
  wide,
  children,
}: {
  id: VisitPackSectionId;
  wide: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`pack-${id}`}
      data-pack-section={id}
      className={`mb-5 min-w-0 break-inside-avoid space-y-2 print:mb-2 print:space-y-1 ${wide ? "[column-span:all]" : ""}`}
    >
      <h3 id={`pack-${id}`} className="text-lg font-semibold print:text-[11pt]">
        {sectionTitle(id)}
      </h3>
      {children}
    </section>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

function SectionBody({ section, mode }: { section: VisitPackSection; mode: Mode }) {
  switch (section.id) {
    case "quiz":
      return <Lines lines={quizLines(section.quiz)} />;
    case "trend":
      return (
        <>
          {section.scores.length === 0 ? (
            <p>
              No weekly check-ins in this range.
              {mode === "member" ? (
                <>
                  {" "}
                  <Link className="underline" href="/progress#check-in">
                    Do a weekly check-in
                  </Link>
                </>
              ) : null}
            </p>
          ) : (
            <>
              <p>{section.scoreSentence}</p>
              {section.pains.length >= 2 ? <p>{section.painSentence}</p> : null}
              <ProgressLineChart
                title="Weekly score and pain"
                className="p-2 print:border-0 print:p-0 print:[&_details]:hidden"
                series={[
                  { label: "Weekly score (0–10)", points: section.scores, style: "solid" },
                  { label: "Average pain (0–10)", points: section.pains, style: "dashed" },
                ]}
              />
            </>
          )}
          <p>{journalPainLine(section.journal)}</p>
        </>
      );
    case "abilities":
      return section.activities.length === 0 ? (
        <p>No everyday activities followed.</p>
      ) : (
        <ul className="space-y-1">
          {section.activities.map((a) => (
            <li key={a.name}>{a.sentence}</li>
          ))}
        </ul>
      );
    case "flares":
      return <Lines lines={flareLines(section.episodes, section.journalDays)} />;
    case "sessions":
      return <p>{sessionsLine(section.summary, section.hasPlan)}</p>;
    case "helpsHurts":
      return section.table.status === "ok" ? (
        <HelpsHurtsTable rows={section.table.rows} />
      ) : (
        <p>{section.table.message}</p>
      );
    case "sleepStress":
      return (
        <>
          <p>{section.sleep.status === "ok" ? section.sleep.summary : section.sleep.message}</p>
          <p>{section.stress.status === "ok" ? section.stress.reading : section.stress.message}</p>
        </>
      );
    case "notes":
      return <NotesBody section={section} mode={mode} />;
  }
}

function HelpsHurtsTable({ rows }: { rows: readonly ActivityRow[] }) {
  const shown = rows.slice(0, PACK_ACTIVITY_ROWS);
  return (
    <>
      <table className="w-full border-collapse text-left text-sm print:text-[8.5pt]">
        <caption className="sr-only">
          Activities from the journal and how often the back felt better, the same or worse after
          them
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              Activity
            </th>
            <th scope="col" className="py-1 pr-3">
              Better
            </th>
            <th scope="col" className="py-1 pr-3">
              Same
            </th>
            <th scope="col" className="py-1">
              Worse
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.name} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-3 font-normal break-words">
                {row.name}
              </th>
              <td className="py-1 pr-3">{row.better}</td>
              <td className="py-1 pr-3">{row.same}</td>
              <td className="py-1">{row.worse}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length ? (
        <p className="text-sm text-slate-700">
          {rows.length - shown.length} more in the journal, tried less often.
        </p>
      ) : null}
    </>
  );
}

function NotesBody({
  section,
  mode,
}: {
  section: Extract<VisitPackSection, { id: "notes" }>;
  mode: Mode;
}) {
  const { whatChanged, mainConcern, questions } = section.notes;
  if (!whatChanged && !mainConcern && !questions)
    return (
      <p>
        {mode === "member"
          ? "Nothing written yet. Add what changed, your main concern and your questions below."
          : "Nothing written."}
      </p>
    );
  const items: [string, string | null][] = [
    ["My main concern", mainConcern],
    ["What changed", whatChanged],
    ["My questions", questions],
  ];
  return (
    <dl className="grid gap-2 md:grid-cols-3 print:grid-cols-3 print:gap-3">
      {items.map(([label, text]) => (
        <div key={label} className="min-w-0">
          <dt className="font-medium">{label}</dt>
          <dd className="break-words whitespace-pre-line">{text ?? "–"}</dd>
        </div>
      ))}
    </dl>
  );
}
