import { describe, expect, it } from "vitest";
import {
  LEAD_WORDS,
  MAGNITUDE_WORDS,
  QUALIFIER_WORDS,
  QUANTITY_CODES,
  UNIT_WORDS,
} from "../../src/index.js";

// Matching lower-cases the text and compares with the table, so every entry must be NFC lower case.
describe("word tables", () => {
  const tables = { QUALIFIER_WORDS, LEAD_WORDS, MAGNITUDE_WORDS, UNIT_WORDS };

  it.each(Object.entries(tables))(
    "%s entries are NFC lower case, trimmed and unique",
    (_, table) => {
      const texts = table.map((entry) => entry.text);
      for (const text of texts) {
        expect(text).toBe(text.normalize("NFC").toLowerCase().trim());
        expect(text).not.toMatch(/\s{2}/);
      }
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it("no word is both a qualifier and a lead verb", () => {
    const leads = new Set(LEAD_WORDS.map((l) => l.text));
    expect(QUALIFIER_WORDS.filter((q) => leads.has(q.text))).toEqual([]);
  });

  it("canonical units are NFC", () => {
    for (const unit of UNIT_WORDS) expect(unit.canonical).toBe(unit.canonical.normalize("NFC"));
  });

  it("covers the units and words the domain brief names", () => {
    const units = new Set(UNIT_WORDS.map((u) => u.text));
    for (const name of ["đơn thư", "lượt người", "biên chế", "tthc", "điển hình", "m²", "%"]) {
      expect(units.has(name), name).toBe(true);
    }
    expect(MAGNITUDE_WORDS.find((m) => m.text === "vạn")?.exponent).toBe(4);
  });

  it("every code has a severity and both descriptions", () => {
    for (const [code, info] of Object.entries(QUANTITY_CODES)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)+$/);
      expect(["error", "warning", "info"]).toContain(info.severity);
      expect(info.en.length).toBeGreaterThan(10);
      expect(info.vi.length).toBeGreaterThan(10);
    }
  });
});
