/**
 * Puts `mark` between groups of three digits, from the right: "4300214" → "4.300.214".
 *
 * Linear in the length: one match per group over the digits after the first group. The usual
 * `\B(?=(\d{3})+(?!\d))` looks ahead over every remaining digit at each position, which is
 * quadratic (a 128 KB numeral took 55 s).
 *
 * @internal
 * @param digits - the integer part, digits only
 * @param mark - the separator ('.' in Vietnamese)
 * @returns the grouped digits
 */
export function groupThousands(digits: string, mark: string): string {
  const head = digits.length % 3 || 3;
  if (digits.length <= head) return digits;
  // A replacement pattern, not a callback: no call into JavaScript per group ("$$" writes "$").
  const pattern = `${mark.replaceAll("$", "$$$$")}$&`;
  return `${digits.slice(0, head)}${digits.slice(head).replace(/\d{3}/g, pattern)}`;
}
