import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditText,
  BUILT_IN_INDICATORS,
  createCatalogue,
  defaultCatalogue,
  type IndicatorCatalogue,
  indicatorSchema,
  isBaocaoError,
  parseIndicator,
  safeCreateCatalogue,
  safeParseIndicator,
} from "../../src/index.js";

const wells = {
  id: "water.wells",
  topic: "water",
  name: { vi: "Số giếng khoan hợp vệ sinh", en: "Sanitary wells" },
  measure: "count",
  unit: "giếng",
  terms: ["giếng khoan"],
  range: { min: "0" },
} as const;

describe("the built-in catalogue", () => {
  it("has more than 30 indicators, every one valid under the schema, ids unique", () => {
    expect(BUILT_IN_INDICATORS.length).toBeGreaterThanOrEqual(30);
    for (const indicator of BUILT_IN_INDICATORS) {
      expect(indicatorSchema.safeParse(indicator).success, indicator.id).toBe(true);
    }
    const ids = BUILT_IN_INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers the topics the reports measure", () => {
    const ids = new Set(BUILT_IN_INDICATORS.map((i) => i.id));
    for (const id of [
      "reception.visits",
      "reception.people",
      "petitions.received",
      "petitions.under-jurisdiction",
      "petitions.resolved",
      "petitions.pending",
      "complaints.resolution-rate",
      "denunciations.pending",
      "feedback.received",
      "disputes.resolved",
      "mediation.success-rate",
      "cases.mass-protracted",
      "procedures.total",
      "procedures.simplified",
      "procedures.online-level-3",
      "procedures.online-level-4",
      "procedures.files-on-time",
      "procedures.files-late",
      "staff.cuts.civil-servants",
      "staff.cuts.public-employees",
      "units.merged",
      "poverty.rate",
      "health-insurance.coverage",
      "new-rural.communes",
      "mobilisation.models",
      "inspections.conducted",
      "dialogues.held",
      "supervision.conducted",
      "social-criticism.conferences",
      "index.papi",
      "index.par",
      "index.sipas",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("gives every share and rate its numerator and denominator, in %", () => {
    for (const i of BUILT_IN_INDICATORS.filter(
      (x) => x.measure === "share" || x.measure === "rate",
    )) {
      expect(i.numerator, i.id).toBeDefined();
      expect(i.denominator, i.id).toBeDefined();
      expect(i.unit, i.id).toBe("%");
    }
  });

  it("scales PAPI 6–60 until 2017 and 8–80 from 2018, the other indices 0–100", () => {
    const papi = defaultCatalogue().get("index.papi");
    expect(papi?.scales).toEqual([
      { from: 2011, to: 2017, min: "6", max: "60" },
      { from: 2018, min: "8", max: "80" },
    ]);
    for (const id of ["index.par", "index.sipas", "index.pci"]) {
      expect(defaultCatalogue().get(id)?.range).toEqual({ min: "0", max: "100" });
    }
  });
});

describe("parseIndicator and the schema", () => {
  it("accepts a well-formed count", () => {
    expect(parseIndicator(wells).id).toBe("water.wells");
  });

  it("refuses a rate without numerator and denominator, naming the path", () => {
    const result = safeParseIndicator({ ...wells, measure: "rate", unit: "%" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("INDICATOR_INVALID");
      expect(result.error.message).toMatch(/water\.wells.*denominator/);
    }
  });

  it("refuses a share not in %, a reversed range, a bad id, a gap at a term's end", () => {
    const share = {
      ...wells,
      measure: "share",
      numerator: { vi: "a", en: "a" },
      denominator: { vi: "b", en: "b" },
    };
    expect(safeParseIndicator(share).ok).toBe(false);
    expect(safeParseIndicator({ ...wells, range: { min: "10", max: "5" } }).ok).toBe(false);
    expect(safeParseIndicator({ ...wells, id: "Water Wells" }).ok).toBe(false);
    expect(safeParseIndicator({ ...wells, terms: ["giếng ..."] }).ok).toBe(false);
    expect(safeParseIndicator({ ...wells, range: { min: "1,5" } }).ok).toBe(false);
  });

  it("refuses scales and ranks on anything but a score", () => {
    expect(safeParseIndicator({ ...wells, scales: [{ from: 2020, min: "0", max: "10" }] }).ok).toBe(
      false,
    );
    expect(safeParseIndicator({ ...wells, rankedAmong: "provinces" }).ok).toBe(false);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeParseIndicator(input);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
    expect(() => parseIndicator("không phải chỉ tiêu")).toThrow(/not valid/);
  });
});

describe("createCatalogue", () => {
  it("adds a user's indicators after the built-in ones", () => {
    const catalogue = createCatalogue([wells]);
    expect(catalogue.indicators.length).toBe(BUILT_IN_INDICATORS.length + 1);
    expect(catalogue.get("water.wells")?.unit).toBe("giếng");
    expect(catalogue.get("poverty.rate")).toBeDefined();
  });

  it("builds a catalogue of the user's indicators only", () => {
    const catalogue = createCatalogue([wells], { builtIn: false });
    expect(catalogue.indicators.map((i) => i.id)).toEqual(["water.wells"]);
    expect(catalogue.get("poverty.rate")).toBeUndefined();
  });

  it("refuses an id already used, and an invalid indicator", () => {
    const twice = safeCreateCatalogue([wells, wells]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe("INDICATOR_DUPLICATE_ID");
    const builtIn = safeCreateCatalogue([{ ...wells, id: "poverty.rate" }]);
    if (!builtIn.ok) expect(builtIn.error.code).toBe("INDICATOR_DUPLICATE_ID");
    expect(builtIn.ok).toBe(false);
    expect(() => createCatalogue([{ id: "x" }])).toThrow(
      expect.objectContaining({ code: "INDICATOR_INVALID" }),
    );
    expect(safeCreateCatalogue("không phải mảng" as unknown as unknown[]).ok).toBe(false);
  });

  it("makes auditText refuse indicators given as an array, valid or not, with a BaocaoError", () => {
    for (const list of [[{ id: "sai" }], [wells]]) {
      try {
        auditText("Xã có 10 giếng khoan.", { indicators: list as unknown as IndicatorCatalogue });
        expect.unreachable();
      } catch (error) {
        expect(isBaocaoError(error) && error.code).toBe("INDICATOR_INVALID");
        expect(isBaocaoError(error) && error.message).toContain("createCatalogue");
      }
    }
  });
});
