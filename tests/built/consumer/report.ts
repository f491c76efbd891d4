// A library user's program, compiled by tests/built/consumers.test.ts in a project of each
// moduleResolution against the packed package and run with node; the test runs it from the
// sources too and compares.
import { auditText, checkPercentage, Decimal, type ParsedNumber, parseNumber } from "baocao";
import { unitsOn } from "baocao/units";

/** What the program prints, as JSON. */
export function report() {
  const figure = parseNumber("4.300.214");
  const value: Decimal = figure.value;
  return {
    value: value.plus("0.5").toString(),
    isDecimal: value instanceof Decimal,
    verdict: checkPercentage({ part: 120, whole: 150, stated: "80,5" }).verdict,
    findings: auditText("Xã đã giải quyết 120/150 đơn (đạt 85%).").findings.map((f) => f.code),
    communes: unitsOn("2025-08-01")?.counts.byLevel.commune,
  };
}

/**
 * Misuses that must not compile (never called): both would compile if a figure's value were
 * `any`, as it was under moduleResolution node16 when decimal.js's type did not resolve.
 */
export function misuses(figure: ParsedNumber): number {
  // @ts-expect-error a figure's value is a Decimal, not a number
  const asNumber: number = figure.value;
  // @ts-expect-error a Decimal has no such method
  figure.value.toDecimalPlace(2);
  return asNumber;
}
