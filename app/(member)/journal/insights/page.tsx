import type { Metadata } from "next";
import { cacheLife } from "next/cache";
import { z } from "zod";
import { BarCompare } from "@/components/charts/bar-compare";
import { PainLineChart } from "@/components/charts/pain-line-chart";
import { ActivitiesTableView } from "@/app/(member)/journal/insights/_components/activities-table-view";
import { ImprovementNotice } from "@/app/(member)/journal/insights/_components/improvement-notice";
import { InsightSection } from "@/app/(member)/journal/insights/_components/insight-section";
import { PrintButton } from "@/components/journal/insights/print-button";
import { RangeLinks } from "@/app/(member)/journal/insights/_components/range-links";
import { JournalNav } from "@/app/(member)/journal/_components/journal-nav";
import { requireUser } from "@/server/auth/current-user";
import {
  ACTIVE_DAY_MINUTES,
  ACTIVE_DAYS_CAVEAT,
  GOOD_NIGHT_HOURS,
  LESS_ACTIVE_LABEL,
  PAIN_TREND_RANGES,
} from "@/lib/journal/insights";
import { addDays, formatShortDate, isoDateOf } from "@/lib/dates/iso-date";
import { loadInsights, parseRange } from "@/server/member/load-insights";
import {
  MEMBER_BODY_CACHE_LIFE,
  openMemberBodyKey,
  sealMemberBodyKey,
} from "@/server/member/member-body-cache";

export const metadata: Metadata = { title: "Your insights" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What the insights body is keyed on; `dataVersion` is not read, it is there to be in the key. */
const InsightsKey = z.object({
  memberId: z.uuid(),
  dataVersion: z.number().int(),
  today: z.iso.date(),
  range: z.literal(PAIN_TREND_RANGES),
  name: z.string().nullable(),
});

export default async function InsightsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const memberKey = sealMemberBodyKey("insights", {
    memberId: user.id,
    dataVersion: user.dataVersion,
    today: isoDateOf(new Date()),
    range: parseRange((await searchParams).range),
    name: user.name,
  } satisfies z.infer<typeof InsightsKey>);
  return <InsightsBody memberKey={memberKey} />;
}

/**
 * The page below the session check, cached as the dashboard's body is (decision record 0009):
 * the sealed key is the cache key, and the member's data version in it changes with every
 * write to their journal, so a cached report is never served after the data behind it
 * changed. Callable by anyone as a server action, so it trusts only a key the page sealed.
 * Nothing here may read cookies or headers.
 */
async function InsightsBody({ memberKey }: { memberKey: string }) {
  "use cache";
  cacheLife(MEMBER_BODY_CACHE_LIFE);
  const { memberId, today, range, name } = openMemberBodyKey("insights", memberKey, InsightsKey);
  const data = await loadInsights({ userId: memberId, today, range });
  const from = addDays(today, -(range - 1));

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:py-10 print:max-w-none print:p-0 print:[&_summary]:hidden">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">
          <span className="print:hidden">Your insights</span>
          <span className="hidden print:inline">Back pain journal report</span>
        </h1>
        <p className="hidden print:block">
          {name ? `${name}, ` : ""}
          {formatShortDate(from, true)} to {formatShortDate(today, true)} (last {range} days).
          Self-reported in LBPfix; pain on a 0–10 scale.
        </p>
        <p className="text-muted max-w-2xl print:hidden">
          What your journal shows over time. Each insight says how many days it is based on; the
          more days you log, the more you can trust it. A link between two things is a clue, not
          proof.
        </p>
        <JournalNav current="insights" />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <RangeLinks current={range} />
          <PrintButton />
        </div>
      </header>

      <InsightSection id="improvement" title="Progress over 4 weeks" insight={data.improvement}>
        <ImprovementNotice insight={data.improvement} />
      </InsightSection>

      <InsightSection id="pain-trend" title="Pain over time" insight={data.trend}>
        {data.trend.status === "ok" ? (
          <PainLineChart points={data.trend.points} title={`Pain over the last ${range} days`} />
        ) : null}
      </InsightSection>

      <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
        <InsightSection id="sleep" title="Sleep and pain" insight={data.sleep}>
          {data.sleep.status === "ok" ? (
            <>
              <p>{data.sleep.summary}</p>
              <BarCompare
                title="Average pain after long and short nights"
                groups={[
                  {
                    label: `${GOOD_NIGHT_HOURS}+ hours`,
                    value: data.sleep.longNights.meanPain,
                    days: data.sleep.longNights.days,
                  },
                  {
                    label: `Under ${GOOD_NIGHT_HOURS} hours`,
                    value: data.sleep.shortNights.meanPain,
                    days: data.sleep.shortNights.days,
                  },
                ]}
              />
            </>
          ) : null}
        </InsightSection>

        <InsightSection id="stress" title="Stress and pain" insight={data.stress}>
          {data.stress.status === "ok" ? (
            <>
              <p>{data.stress.reading}</p>
              <BarCompare
                title="Average pain by stress level"
                groups={data.stress.bands.map((b) => ({
                  label: b.label.replace(/ \(.*\)$/, ""),
                  value: b.meanPain,
                  days: b.days,
                }))}
              />
            </>
          ) : null}
        </InsightSection>
      </div>

      <InsightSection id="activity" title="Active and less active days" insight={data.activity}>
        {data.activity.status === "ok" ? (
          <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
            <div className="min-w-0 space-y-3">
              <p>{data.activity.summary}</p>
              <p className="text-muted text-sm">{ACTIVE_DAYS_CAVEAT}</p>
              <BarCompare
                title={`Pain on active days (${ACTIVE_DAY_MINUTES}+ minutes) and ${LESS_ACTIVE_LABEL}`}
                groups={[
                  {
                    label: "Active days",
                    value: data.activity.active.meanPain,
                    days: data.activity.active.days,
                  },
                  {
                    label: "Less active days",
                    value: data.activity.rest.meanPain,
                    days: data.activity.rest.days,
                  },
                ]}
              />
            </div>
            <div className="min-w-0 space-y-3">
              {data.activity.dayAfter.status === "ok" ? (
                <>
                  <p>{data.activity.dayAfter.summary}</p>
                  <BarCompare
                    title="Pain on the day after"
                    groups={[
                      {
                        label: "After active",
                        value: data.activity.dayAfter.active.meanPain,
                        days: data.activity.dayAfter.active.days,
                      },
                      {
                        label: "After less active",
                        value: data.activity.dayAfter.rest.meanPain,
                        days: data.activity.dayAfter.rest.days,
                      },
                    ]}
                  />
                </>
              ) : (
                <p className="text-muted">{data.activity.dayAfter.message}</p>
              )}
            </div>
          </div>
        ) : null}
      </InsightSection>

      <InsightSection id="activities" title="Activities you tried" insight={data.activities}>
        {data.activities.status === "ok" ? (
          <ActivitiesTableView rows={data.activities.rows} />
        ) : null}
      </InsightSection>
    </div>
  );
}
