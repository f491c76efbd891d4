// Administrative units: provinces on a date, forgiving lookups, mentions and unit checks.
import {
  checkUnitClaims,
  findAdministrativeUnits,
  findProvince,
  findReportScope,
  provinceCountOn,
} from "baocao";

console.log("provinces on 1/1/2020:", provinceCountOn("2020-01-01"));
console.log("provinces on 1/1/2026:", provinceCountOn("2026-01-01"));

for (const written of ["tinh Vinh Phuc", "TP. Hồ Chí Minh", "Khánh Hoà", "Kon Tum"]) {
  const unit = findProvince(written, { date: "2025-09-01" });
  console.log(`${written} -> ${unit?.code} ${unit?.name} (${unit?.type})`);
}

const report = `UBND TỈNH TUYÊN QUANG
UBND HUYỆN NA HANG

BÁO CÁO

Huyện có 12 đơn vị hành chính, trong đó có 10 xã và 01 thị trấn. Đến nay 12/12 xã, thị trấn
đã tổ chức đối thoại. Năm 2019 huyện sáp nhập 04 xã thành 02 xã, giảm từ 14 xuống còn 11 đơn vị.
Chỉ số của huyện xếp thứ 3/63 huyện trong tỉnh; tỉnh xếp thứ 40/63 cả nước.`;

const scope = findReportScope(report);
console.log("written by:", scope?.unit.type, scope?.unit.name, `(${scope?.source})`);

for (const mention of findAdministrativeUnits(report)) {
  if (mention.kind === "count")
    console.log("count:", mention.count, mention.types.join(", ") || "đơn vị");
}

for (const finding of checkUnitClaims(report, { reportDate: "2025-10-01" })) {
  console.log(`${finding.code} at line ${finding.span?.line}: ${finding.message.en}`);
}
