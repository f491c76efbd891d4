const DOT = 46;
const decoder = new TextDecoder();

/**
 * Puts '.' between groups of three digits, from the right, as Vietnamese writes thousands:
 * "4300214" → "4.300.214".
 *
 * Linear in the length. The usual `\B(?=(\d{3})+(?!\d))` looks ahead over every remaining digit
 * at each position, which is quadratic (a 128 KB numeral took 55 s). A long numeral is written
 * into one byte buffer and decoded once: 4 MB of digits in about 25 ms, where building the text
 * by replacement took 230 ms and grew faster than the length.
 *
 * @internal
 * @param digits - the integer part: ASCII digits only
 * @returns the grouped digits
 */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  if (digits.length <= head) return digits;
  if (digits.length < 64) {
    let out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
    return out;
  }
  const out = new Uint8Array(digits.length + (digits.length - head) / 3);
  let o = 0;
  for (let i = 0; i < digits.length; i += 1) {
    if (i >= head && (i - head) % 3 === 0) out[o++] = DOT;
    out[o++] = digits.charCodeAt(i);
  }
  return decoder.decode(out);
}
