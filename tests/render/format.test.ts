import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownValue } from "../../src/render/format.js";

describe("shownValue", () => {
  it("rounds a long decimal half-up to 4 places, in each language's way", () => {
    expect(shownValue("56.47668393782383419689")).toEqual({
      text: { vi: "≈ 56,4767", en: "≈ 56.4767" },
      full: "56.47668393782383419689",
    });
    expect(shownValue("-0.01037974683544303797").text).toEqual({
      vi: "≈ -0,0104",
      en: "≈ -0.0104",
    });
    // Trailing zeros go; a value that rounds to a whole number reads as one.
    expect(shownValue("61.34204275534441805226").text.vi).toBe("≈ 61,342");
    expect(shownValue("1352.99999999").text.vi).toBe("≈ 1.353");
  });

  it("keeps 3 significant digits of a value too small for 4 places", () => {
    expect(shownValue("0.0000123456789").text.en).toBe("≈ 0.0000123");
  });

  it("shows a short value whole, and other text as it is", () => {
    expect(shownValue("1737")).toEqual({ text: { vi: "1.737", en: "1737" } });
    expect(shownValue("56.5")).toEqual({ text: { vi: "56,5", en: "56.5" } });
    expect(shownValue("12.3456")).toEqual({ text: { vi: "12,3456", en: "12.3456" } });
    expect(shownValue("19 xã + 03 thị trấn").text).toEqual({
      vi: "19 xã + 03 thị trấn",
      en: "19 xã + 03 thị trấn",
    });
  });

  it("writes an ISO date as Vietnamese write dates", () => {
    expect(shownValue("2020-12-31").text).toEqual({ vi: "31/12/2020", en: "2020-12-31" });
    expect(shownValue("2015-01-09").text).toEqual({ vi: "9/1/2015", en: "2015-01-09" });
  });

  it("is within half a unit of the last place shown, for any decimal", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 24 }))
      .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)));
    fc.assert(
      fc.property(decimal, (value) => {
        const plain = value.toFixed();
        const { text, full } = shownValue(plain);
        const shown = text.en.replace(/^≈ /, "");
        const places = shown.split(".")[1]?.length ?? 0;
        if (full === undefined) {
          expect(shown).toBe(plain);
          return;
        }
        expect(full).toBe(plain);
        const unit = new Decimal(10).pow(-Math.max(places, 4));
        expect(new Decimal(shown).minus(value).abs().lte(unit.div(2))).toBe(true);
      }),
    );
  });
});
