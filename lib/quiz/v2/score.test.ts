import { describe, expect, it } from "vitest";
import { RED_FLAG_KEYS, RED_FLAGS, type RedFlagKey } from "@/lib/safety/red-flags";
import { scoreQuiz } from "../score";
import { answersForType } from "../test-answers";
import type { QuizV2Draft } from "./model";
import { assignTypeV2, scoreQuizV2 } from "./score";
import { ALL_GATE_NO_V2, candidateV2 } from "./test-answers";

const gateYes = (...keys: RedFlagKey[]): QuizV2Draft => ({
  ...ALL_GATE_NO_V2,
  ...Object.fromEntries(keys.map((k) => [k, "yes"])),
});

describe("scoreQuizV2: the red-flag gate (docs/product.md §3)", () => {
  const expected: Record<RedFlagKey, [string, string]> = {
    caudaEquina: ["urgent", "urgent"],
    legsNeuro: ["urgent", "urgent"],
    feverUnwell: ["doctor_first", "today"],
    trauma: ["doctor_first", "today"],
    cancerHistory: ["doctor_first", "24h"],
    infectionRisk: ["doctor_first", "48h"],
    otherCause: ["doctor_first", "today"],
    weightLossNightPain: ["doctor_first", "2w"],
  };
  it.each(RED_FLAG_KEYS)("%s alone routes to its outcome and urgency, with no program", (key) => {
    const [outcome, urgency] = expected[key];
    expect(scoreQuizV2(gateYes(key))).toMatchObject({
      outcome,
      urgency,
      redFlags: [key],
      type: null,
      category: null,
    });
    expect(RED_FLAGS[key].urgency).toBe(urgency);
  });

  it("leads with the most urgent flag when several apply, listing the others", () => {
    const result = scoreQuizV2(
      gateYes("weightLossNightPain", "cancerHistory", "legsNeuro", "trauma"),
    );
    expect(result).toMatchObject({ outcome: "urgent", urgency: "urgent" });
    expect(result.redFlags).toEqual([
      "legsNeuro",
      "trauma",
      "cancerHistory",
      "weightLossNightPain",
    ]);
    expect(scoreQuizV2(gateYes("weightLossNightPain", "infectionRisk"))).toMatchObject({
      outcome: "doctor_first",
      urgency: "48h",
      redFlags: ["infectionRisk", "weightLossNightPain"],
    });
  });

  it("routes a yes to the both-legs re-ask (pain recently started down both legs) as urgent", () => {
    const result = scoreQuizV2({
      ...ALL_GATE_NO_V2,
      ageBand: "20to50",
      firstEpisode: "no",
      duration: "under6w",
      worstPain: 6,
      dailyFunction: "yes",
      activityResponse: "stable",
      recentInjury: "no",
      legSymptoms: "bothLegs",
      legsNeuroRecheck: "yes",
    });
    expect(result).toMatchObject({ outcome: "urgent", urgency: "urgent", redFlags: ["legsNeuro"] });
  });
});

describe("scoreQuizV2: profile stops and soft flags", () => {
  it("ends under-16s with doctor_first within 2 weeks and no program", () => {
    expect(scoreQuizV2({ ...ALL_GATE_NO_V2, ageBand: "under16" })).toMatchObject({
      outcome: "doctor_first",
      urgency: "2w",
      stopReason: "under16",
      type: null,
    });
  });

  it("sends recent back surgery to doctor_first within 2 weeks", () => {
    const { sittingBending: _s, ...rest } = candidateV2({ circumstances: ["recentSurgery"] });
    void _s;
    expect(scoreQuizV2(rest)).toMatchObject({
      outcome: "doctor_first",
      urgency: "2w",
      stopReason: "recentSurgery",
    });
  });

  it("keeps pregnancy and osteoporosis as soft flags on a candidate", () => {
    const result = scoreQuizV2(candidateV2({ circumstances: ["pregnant", "osteoporosis"] }));
    expect(result.outcome).toBe("candidate");
    expect(result.softFlags).toEqual(expect.arrayContaining(["pregnant", "osteoporosis"]));
  });

  it("shows the age note only for a first episode under 20 or over 50", () => {
    expect(
      scoreQuizV2(candidateV2({ ageBand: "over50", firstEpisode: "yes" })).softFlags,
    ).toContain("ageFirstEpisode");
    expect(
      scoreQuizV2(candidateV2({ ageBand: "16to19", firstEpisode: "yes" })).softFlags,
    ).toContain("ageFirstEpisode");
    expect(
      scoreQuizV2(candidateV2({ ageBand: "over50", firstEpisode: "no" })).softFlags,
    ).not.toContain("ageFirstEpisode");
    expect(
      scoreQuizV2(candidateV2({ ageBand: "20to50", firstEpisode: "yes" })).softFlags,
    ).not.toContain("ageFirstEpisode");
  });

  it("counts NG65 features: 3 gives no flag, 4 asks about inflammatory back pain", () => {
    const chronic = { duration: "over3m", startedBefore45: "yes" } as const;
    const three = scoreQuizV2(
      candidateV2({ ...chronic, ibpFeatures: ["before35", "buttockPain", "nsaidHelps"] }),
    );
    expect(three.softFlags).not.toContain("inflammatory");
    const four = scoreQuizV2(
      candidateV2({
        ...chronic,
        ibpFeatures: ["before35", "buttockPain", "nsaidHelps", "familySpa"],
      }),
    );
    expect(four.softFlags).toEqual(expect.arrayContaining(["chronic", "inflammatory"]));
    expect(four.outcome).toBe("candidate");
  });

  it("keeps leg and duration notes", () => {
    expect(
      scoreQuizV2(candidateV2({ legSymptoms: "oneLeg", duration: "6to12w" })).softFlags,
    ).toEqual(["oneLegSymptoms", "slowToSettle"]);
    expect(
      scoreQuizV2(candidateV2({ legSymptoms: "bothLegs", legsNeuroRecheck: "no" })).softFlags,
    ).toEqual(["bothLegsSymptoms"]);
  });

  it("gives category B assessment_first, as version 1", () => {
    expect(scoreQuizV2(candidateV2({ worstPain: 9 }))).toMatchObject({
      outcome: "assessment_first",
      category: "B",
    });
  });

  it("falls to the safe side for an incomplete set", () => {
    expect(scoreQuizV2({ ...ALL_GATE_NO_V2, ageBand: "20to50" })).toMatchObject({
      outcome: "doctor_first",
      type: null,
    });
  });
});

describe("assignTypeV2", () => {
  const base = {
    sittingBending: "none",
    standingArching: "none",
    suddenMoves: "never",
    liftingImpact: "none",
    worstTrigger: "none",
    bestRelief: "none",
  } as const;

  it("never makes a type from the forced choices alone: worst = eases = instability, never catches → unclear", () => {
    expect(
      assignTypeV2({ ...base, worstTrigger: "instability", bestRelief: "instability" }),
    ).toMatchObject({
      type: "unclear",
      scores: { instability: 3 },
    });
  });

  it("assigns a type with at least 2 direct points", () => {
    expect(assignTypeV2({ ...base, suddenMoves: "often", worstTrigger: "instability" }).type).toBe(
      "instability",
    );
  });

  it("makes sitting/bending and standing/arching both worse mixed", () => {
    expect(
      assignTypeV2({
        ...base,
        sittingBending: "worse",
        standingArching: "worse",
        worstTrigger: "flexion",
      }),
    ).toMatchObject({ type: "mixed", runnerUp: "flexion" });
  });

  it("makes both worse mixed even when version 1 found no single type, keeping its closest type", () => {
    expect(
      assignTypeV2({ ...base, sittingBending: "worse", standingArching: "worse" }),
    ).toMatchObject({
      type: "mixed",
      runnerUp: "flexion",
      scores: { flexion: 2, extension: 2 },
    });
  });

  it("lets 'none' score nothing and break no tie", () => {
    const result = assignTypeV2({ ...base, sittingBending: "worse", liftingImpact: "worse" });
    expect(result.scores).toEqual({ flexion: 2, extension: 0, instability: 0, load: 2 });
    expect(result.type).toBe("unclear");
  });

  it("keeps a tie that survives the tie-breaks mixed, as version 1", () => {
    const result = assignTypeV2({
      ...base,
      sittingBending: "worse",
      liftingImpact: "worse",
      suddenMoves: "sometimes",
      worstTrigger: "instability",
      bestRelief: "extension",
    });
    expect(result.scores).toMatchObject({ flexion: 2, load: 2, instability: 3 });
    expect(result.type).toBe("unclear");
  });
});

describe("version 1 answers keep their version-1 results", () => {
  it.each(["flexion", "extension", "instability", "load"] as const)("%s", (type) => {
    expect(scoreQuiz(answersForType(type))).toMatchObject({ version: 1, type });
  });
});

describe("the e2e answer sets mean what their names say", () => {
  it.each(["flexion", "extension", "instability", "load"] as const)("%s", async (type) => {
    const { candidateForType } = await import("./test-answers");
    expect(scoreQuizV2(candidateForType(type))).toMatchObject({ outcome: "candidate", type });
  });
});
