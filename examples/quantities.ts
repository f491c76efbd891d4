// Reading the figures of a short (invented) report passage with baocao's quantities module.
import {
  findNumbers,
  formatNumber,
  formatPercent,
  parsePercent,
  parseQuantity,
  safeParseNumber,
} from "baocao";

const passage =
  "Năm 2024, toàn huyện tiếp nhận 1.482 đơn, đã giải quyết 1.407 đơn, đạt trên 94,9%. " +
  "Dân số khoảng 12 vạn người; tổng chi 2.316,75 tỷ đồng, trong đó 845,2 tr.đ cho 03 xã. " +
  "Diện tích thu hồi 6.402,115 m2; tỷ lệ hộ nghèo 3.8%.";

for (const t of findNumbers(passage)) {
  const parts = [
    `${passage.slice(t.start, t.end)}`,
    `value=${t.value.toFixed()}`,
    t.unit ? `unit=${t.unit.canonical}` : "",
    t.qualifier ? `qualifier=${t.qualifier.kind}` : "",
    t.lead ? `lead=${t.lead.kind}` : "",
    t.leadingZero ? "leading-zero" : "",
    t.ambiguity ? `ambiguous=${t.ambiguity.code}:${t.ambiguity.readings.join("|")}` : "",
  ];
  console.log(parts.filter(Boolean).join("  "));
}

const received = parseQuantity("1.482 đơn").value;
const resolved = parseQuantity("1.407 đơn").value;
const share = resolved.times(100).div(received);
console.log(`exact share: ${share.toDecimalPlaces(6).toFixed()}`);
console.log(`written: ${formatPercent(share, { decimals: 1 })}`);
console.log(`claim "trên 94,9%" holds: ${share.gt(parsePercent("trên 94,9%").value)}`);

const bad = safeParseNumber("3.5");
if (!bad.ok) console.log(`${bad.error.code} at ${bad.error.offset}`);
console.log(formatNumber("4300214.5", { decimals: 2 }));
