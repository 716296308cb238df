import "server-only";
import { getReminderSettings, getTodayFacts, listReminders } from "@/db/queries/reminders";
import { clockText, localMoment } from "@/lib/reminders/local-time";
import { nextScheduled } from "@/lib/reminders/rules";

/**
 * Everything /settings/reminders shows: the plan, the next message it will send (worked out by
 * the same rules the planner runs, on the member's own clock), and the latest messages with
 * their delivery state.
 */
export async function loadReminders({ userId, now }: { userId: string; now: Date }) {
  const settings = await getReminderSettings({ userId });
  const { plan } = settings;
  const local = localMoment(now, plan.timeZone);
  const [facts, recent] = await Promise.all([
    getTodayFacts({ userId, today: local.date }),
    listReminders({ userId, order: "newest", limit: 10 }),
  ]);
  const status = { unsubscribed: settings.unsubscribedAt !== null, deleted: false };
  return {
    ...settings,
    next: nextScheduled(plan, status, facts, local),
    recent,
    formValues: {
      enabled: plan.enabled,
      sessionDays: [...plan.sessionDays],
      windowStart: clockText(plan.windowStart),
      windowEnd: clockText(plan.windowEnd),
      timeZone: plan.timeZone,
      quietStart: clockText(plan.quietStart),
      quietEnd: clockText(plan.quietEnd),
      ...plan.messages,
    },
  };
}
