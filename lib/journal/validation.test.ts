import { describe, expect, it } from "vitest";
import {
  JOURNAL_MESSAGES,
  JournalEntrySchema,
  createJournalEntrySchema,
  journalFieldErrors,
  latestDateOnEarth,
} from "./validation";

const schema = createJournalEntrySchema({ today: () => "2025-05-31" });

/** What a submitted form looks like after Object.fromEntries(formData). */
const form = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  date: "2025-05-31",
  pain: "3",
  worstPain: "6",
  sleepHours: "7.5",
  sleepQuality: "4",
  stress: "5",
  mood: "3",
  activeMinutes: "45",
  food: "  Porridge, salad, pasta  ",
  notes: "",
  ...overrides,
});

function fieldErrors(input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return journalFieldErrors(result.error);
}

describe("JournalEntrySchema", () => {
  it("coerces form strings and turns empty optional fields into null", () => {
    const result = schema.safeParse(
      form({ sleepQuality: "", stress: "  ", mood: undefined, activeMinutes: "" }),
    );
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      date: "2025-05-31",
      pain: 3,
      worstPain: 6,
      sleepHours: 7.5,
      sleepQuality: null,
      stress: null,
      mood: null,
      activeMinutes: null,
      activities: [],
      food: "Porridge, salad, pasta",
      notes: null,
    });
  });

  it("rejects pain 11 and sleep 30 with plain messages on those fields only", () => {
    const errors = fieldErrors(form({ pain: "11", worstPain: "8", sleepHours: "30" }));
    expect(errors).toEqual({
      pain: ["Pain must be a whole number from 0 to 10"],
      sleepHours: ["Sleep must be between 0 and 24 hours"],
    });
  });

  it("puts 'worst pain below pain' next to worst pain, alongside other errors", () => {
    expect(fieldErrors(form({ pain: "6", worstPain: "4", mood: "9" }))).toEqual({
      worstPain: [JOURNAL_MESSAGES.worstBelowPain],
      mood: [JOURNAL_MESSAGES.mood],
    });
    expect(schema.safeParse(form({ pain: "6", worstPain: "6" })).success).toBe(true);
  });

  it("does not compare pain figures when one of them is invalid", () => {
    expect(fieldErrors(form({ pain: "7", worstPain: "" }))).toEqual({
      worstPain: [JOURNAL_MESSAGES.worstPain],
    });
  });

  it.each([
    ["pain", "", JOURNAL_MESSAGES.pain],
    ["pain", "4.5", JOURNAL_MESSAGES.pain],
    ["pain", "-1", JOURNAL_MESSAGES.pain],
    ["pain", "abc", JOURNAL_MESSAGES.pain],
    ["pain", "0x5", JOURNAL_MESSAGES.pain],
    ["sleepHours", "-1", JOURNAL_MESSAGES.sleepHours],
    ["sleepHours", "7.3", JOURNAL_MESSAGES.sleepStep],
    ["sleepQuality", "0", JOURNAL_MESSAGES.sleepQuality],
    ["stress", "11", JOURNAL_MESSAGES.stress],
    ["mood", "6", JOURNAL_MESSAGES.mood],
    ["activeMinutes", "1441", JOURNAL_MESSAGES.activeMinutes],
    ["food", "x".repeat(501), JOURNAL_MESSAGES.food],
    ["notes", "x".repeat(2001), JOURNAL_MESSAGES.notes],
    ["date", "2025-02-30", JOURNAL_MESSAGES.date],
    ["date", "31/05/2025", JOURNAL_MESSAGES.date],
    ["date", "2025-06-01", JOURNAL_MESSAGES.futureDate],
  ])("rejects %s = %j", (field, value, message) => {
    expect(
      fieldErrors(form({ [field]: value, ...(field === "pain" ? { worstPain: "10" } : {}) })),
    ).toEqual({
      [field]: [message],
    });
  });

  it("accepts the edges of each range", () => {
    const result = schema.safeParse(
      form({
        date: "2000-01-01",
        pain: "0",
        worstPain: "10",
        sleepHours: "24",
        sleepQuality: "5",
        stress: "0",
        mood: "1",
        activeMinutes: "1440",
        food: "x".repeat(500),
        notes: "x".repeat(2000),
      }),
    );
    expect(result.success).toBe(true);
    expect(schema.safeParse(form({ sleepHours: "0" })).data?.sleepHours).toBe(0);
    expect(schema.safeParse(form({ sleepHours: "6,5" })).data?.sleepHours).toBe(6.5);
  });

  it("accepts numbers as well as strings, for callers other than a form", () => {
    const result = schema.safeParse({
      date: "2025-05-30",
      pain: 2,
      worstPain: 4,
      sleepHours: null,
    });
    expect(result.success && result.data.sleepHours).toBeNull();
  });

  describe("activities", () => {
    it("reads flat form fields in index order and drops blank rows", () => {
      const result = schema.safeParse(
        form({
          "activities.1.name": "Cycling",
          "activities.1.response": "same",
          "activities.0.name": "  Walking  the dog ",
          "activities.0.response": "better",
          "activities.2.name": "",
          "activities.2.response": "",
        }),
      );
      expect(result.data?.activities).toEqual([
        { name: "Walking the dog", response: "better" },
        { name: "Cycling", response: "same" },
      ]);
    });

    it("reads a JSON string or an array", () => {
      const rows = [{ name: "Swimming", response: "worse" }];
      expect(schema.safeParse(form({ activities: JSON.stringify(rows) })).data?.activities).toEqual(
        rows,
      );
      expect(schema.safeParse(form({ activities: rows })).data?.activities).toEqual(rows);
      expect(fieldErrors(form({ activities: "{not json" }))).toEqual({
        activities: [JOURNAL_MESSAGES.activitiesUnreadable],
      });
    });

    it("checks each row and keys errors by the row's field name", () => {
      expect(
        fieldErrors(
          form({
            "activities.0.name": "x".repeat(61),
            "activities.0.response": "better",
            "activities.1.name": "Yoga",
            "activities.1.response": "great",
            "activities.2.name": "",
            "activities.2.response": "worse",
          }),
        ),
      ).toEqual({
        "activities.0.name": [JOURNAL_MESSAGES.activityName],
        "activities.1.response": [JOURNAL_MESSAGES.activityResponse],
        "activities.2.name": [JOURNAL_MESSAGES.activityName],
      });
    });

    it("allows at most 10 rows", () => {
      const rows = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ name: `A${i}`, response: "same" }));
      expect(schema.safeParse(form({ activities: rows(10) })).success).toBe(true);
      expect(fieldErrors(form({ activities: rows(11) }))).toEqual({
        activities: [JOURNAL_MESSAGES.activities],
      });
    });
  });

  it("by default allows today anywhere on Earth but not later", () => {
    const now = new Date("2025-05-31T12:00:00Z");
    expect(latestDateOnEarth(now)).toBe("2025-06-01");
    expect(latestDateOnEarth(new Date("2025-05-31T09:59:59Z"))).toBe("2025-05-31");
    const farFuture = JournalEntrySchema.safeParse(form({ date: "2999-01-01" }));
    expect(farFuture.success).toBe(false);
  });
});
