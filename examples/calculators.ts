// The calculators on invented figures: each line prints a verdict and the first finding's
// Vietnamese message, the way an auditor would show them.
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
  type Finding,
  resolutionRate,
} from "baocao";

function report(title: string, result: { verdict: string; findings: readonly Finding[] }): void {
  console.log(`${title}: ${result.verdict}`);
  for (const finding of result.findings) {
    console.log(`  [${finding.severity}] ${finding.code}: ${finding.message.vi}`);
  }
}

// "đã giải quyết 215/240 đơn, đạt 89,6%" (215/240 = 89,583…)
report("215/240 = 89,6%", checkPercentage({ part: 215, whole: 240, stated: "89,6" }));
report("215/240 = 89,5%", checkPercentage({ part: 215, whole: 240, stated: "89,5" }));
report("215/240 = 90,1%", checkPercentage({ part: 215, whole: 240, stated: "90,1" }));
// "hộ nghèo 25 hộ, chiếm 10,4%" of 240 households: 25/240 = 10,416…; 100 − 89,5 = 10,5
report("25/240 = 10,5%", checkPercentage({ part: 25, whole: 240, stated: "10,5" }));
report(
  "trên 72,5% (1.160/1.601)",
  checkPercentage({ part: 1160, whole: 1601, stated: "72,5", qualifier: "over" }),
);
report(
  "215 of 300 stated as 89,6%, the passage also names 240",
  checkPercentage({ part: 215, whole: 300, stated: "89,6", candidates: [240, 300] }),
);

// GRIM: "32 đại biểu, đạt 71,80%"
const reach = checkReachability({ whole: 32, stated: "71,80" });
report("71,80% of 32", reach);

report(
  "đạt 38 (92,7%), không đạt 3 (7,3%)",
  checkComplement({
    total: 41,
    parts: [
      { count: 38, stated: "92,7" },
      { count: 3, stated: "7,3" },
    ],
  }),
);

report(
  "tiếp nhận 1.240 đơn, gồm 415 + 760 + 60",
  checkTotal({ total: 1240, parts: [415, 760, 60], exhaustive: true }),
);
report(
  "tiếp nhận 1.240 đơn, trong đó 415 + 760",
  checkTotal({ total: 1240, parts: [415, 760], exhaustive: false }),
);
report(
  "nested breakdown",
  checkBreakdownTree({
    label: "toàn tỉnh",
    value: 960,
    exhaustive: true,
    children: [
      { label: "cấp huyện", value: 410, children: [{ value: 180 }, { value: 240 }] },
      { label: "cấp xã", value: 550 },
    ],
  }),
);

report(
  "table with a total row",
  checkTable({
    rows: [
      [14, 31, { count: 45, percent: "37,5" }],
      [17, 40, { count: 75, percent: "62,5" }],
    ],
    totalRow: [31, 71, 120],
    columnLabels: ["Số đoàn", "Số cuộc", "Số đơn vị"],
  }),
);

report(
  "resolution on the number received",
  resolutionRate({ received: 1480, underJurisdiction: 1150, resolved: 1104, statedRate: "74,6" }),
);

report(
  "xảy ra 380 vụ, giảm 20 vụ (-5%)",
  checkChange({ after: 380, statedChange: 20, statedPercent: "-5", direction: "decrease" }),
);
report(
  "bằng 6,8% so với cùng kỳ (1.025 / 1.100)",
  checkRatio({ current: 1025, previous: 1100, stated: "6,8" }),
);
report("xếp thứ 20/63 in 2025", checkRank({ rank: 20, of: 63, date: "12/2025", expectedOf: 34 }));
