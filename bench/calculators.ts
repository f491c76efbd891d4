import {
  checkBreakdownTree,
  checkChange,
  checkComplement,
  checkPercentage,
  checkRank,
  checkRatio,
  checkReachability,
  checkTable,
  checkTotal,
  resolutionRate,
} from "./library.js";

/**
 * One typical call of each calculator, with figures of the size reports carry (a mix of
 * consistent and inconsistent inputs, so both the quick and the explaining paths run).
 *
 * @returns name → call
 */
export function calculatorCases(): [string, () => unknown][] {
  return [
    ["checkPercentage", () => checkPercentage({ part: 1571, whole: 1580, stated: "99,42" })],
    [
      "checkPercentage (with candidate bases)",
      () =>
        checkPercentage({
          part: 462,
          whole: 540,
          stated: "96,25",
          candidates: ["480", "1260", "521", "28"],
        }),
    ],
    ["checkReachability", () => checkReachability({ whole: 28, stated: "82,15" })],
    ["checkTotal", () => checkTotal({ total: 900, parts: [300, 500, 101], exhaustive: true })],
    [
      "checkBreakdownTree",
      () =>
        checkBreakdownTree({
          label: "toàn huyện",
          value: 1260,
          exhaustive: true,
          children: [
            {
              label: "cấp huyện",
              value: 512,
              exhaustive: false,
              children: [{ value: 41 }, { value: 23 }, { value: 448 }],
            },
            { label: "cấp xã", value: 748 },
          ],
        }),
    ],
    [
      "checkTable (5×3 with total row)",
      () =>
        checkTable({
          rows: [
            [12, 30, 4],
            [14, 35, 6],
            [11, 28, 3],
            [15, 40, 7],
            [9, 22, 2],
          ],
          totalRow: [61, 155, 23],
        }),
    ],
    [
      "resolutionRate",
      () =>
        resolutionRate({
          received: 512,
          carriedOver: 28,
          toResolve: 540,
          resolved: 521,
          pending: 21,
          statedRate: "96,48",
        }),
    ],
    [
      "checkChange",
      () =>
        checkChange({
          before: 186,
          after: 171,
          statedChange: 14,
          statedPercent: "8,06",
          direction: "decrease",
        }),
    ],
    ["checkRatio", () => checkRatio({ current: 1025, previous: 1100, stated: "93,2" })],
    ["checkRank", () => checkRank({ rank: 27, of: 64, expectedOf: 63 })],
    [
      "checkComplement",
      () =>
        checkComplement({
          total: 405,
          parts: [
            { label: "thành", count: 318, stated: "78,5" },
            { label: "không thành", count: 87, stated: "21,5" },
          ],
        }),
    ],
  ];
}
