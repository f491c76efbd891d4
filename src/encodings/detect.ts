import { decodeTcvn3, decodeVni } from "./convert.js";
import { isVietnameseSyllable } from "./syllable.js";

/** A legacy Vietnamese font encoding baocao reads. */
export type LegacyEncoding = "tcvn3" | "vni";

/** What {@link detectEncoding} found: Unicode (or plain ASCII), or a legacy encoding. */
export type DetectedEncoding = "unicode" | LegacyEncoding;

/** The verdict of {@link detectEncoding} and the counts it rests on. */
export interface EncodingDetection {
  readonly encoding: DetectedEncoding;
  /**
   * Words with a letter outside ASCII that were weighed: at most 4 000, and fewer when the
   * Unicode words settled the verdict before the sample was read (the counts below are of these
   * words).
   */
  readonly words: number;
  /** Words that are Vietnamese syllables only once read as TCVN3. */
  readonly tcvn3: number;
  /** Words that are Vietnamese syllables only once read as VNI. */
  readonly vni: number;
  /** Words that are Vietnamese syllables as they stand, with a letter only Unicode has. */
  readonly unicode: number;
}

/** Runs of characters that may form a word in Unicode or in either legacy encoding. */
const WORD = /[A-Za-z\u00a1-\u00ff\p{L}\p{M}]+/gu;
const NON_ASCII = /[^ -~\t\n\r]/;
/** Letters only Unicode Vietnamese has (none is a Latin-1 character). */
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/**
 * Enough words to decide on: a long report is judged on a sample of its words, and the reading
 * stops sooner once the Unicode words settle it.
 */
const SAMPLE = 4000;
/**
 * What only TCVN3 writes: Latin-1 symbols used as letters (¸ is á, « is ô…), and Latin-1
 * capitals after a lower-case letter (kÕt is kết); VNI puts capital marks on capitals only.
 */
const TCVN3_SIGN = /[\u00a1-\u00bf\u00d7\u00f7]|[a-z][\u00c0-\u00de]/;

/**
 * Tells whether a text is Unicode or was typed in a legacy Vietnamese font encoding (TCVN3/ABC,
 * VNI) and read as Latin-1. Each word with a non-ASCII letter is weighed: a legacy word is no
 * Vietnamese syllable as it stands and becomes one once converted; a Unicode word already is
 * one. A legacy verdict needs at least two such words and a clear majority, so ordinary Unicode
 * Vietnamese, English and accented foreign names stay Unicode.
 *
 * @param text - the text as read
 * @returns the encoding found and the counts behind it
 * @example
 * ```ts
 * import { detectEncoding } from "baocao";
 *
 * detectEncoding("Tæng sè ®¬n th­ ®· gi¶i quyÕt").encoding; // "tcvn3"
 * detectEncoding("Toång soá ñôn thö ñaõ giaûi quyeát").encoding; // "vni"
 * detectEncoding("Tổng số đơn thư đã giải quyết").encoding; // "unicode"
 * ```
 */
export function detectEncoding(text: string): EncodingDetection {
  const source = typeof text === "string" ? text : "";
  let words = 0;
  let tcvn3 = 0;
  let vni = 0;
  let unicode = 0;
  let signs = 0;
  // A report repeats its words: each distinct word is weighed once (the counts stay per word).
  const weighed = new Map<string, Weight>();
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    if (!NON_ASCII.test(word)) continue;
    if (++words > SAMPLE) break;
    let weight = weighed.get(word);
    if (weight === undefined) {
      weight = weigh(word);
      weighed.set(word, weight);
    }
    unicode += weight.unicode;
    tcvn3 += weight.tcvn3;
    vni += weight.vni;
    signs += weight.sign;
    // Settled: even if every word left in the sample read as legacy, the Unicode words would
    // outweigh them (a legacy verdict needs more than three times as many).
    if (Math.max(tcvn3, vni) + (SAMPLE - words) <= 3 * unicode) break;
  }
  const best = Math.max(tcvn3, vni);
  const legacy = best >= 2 && best * 4 >= Math.min(words, SAMPLE) && best > 3 * unicode;
  // A VNI word read as TCVN3 can look like a syllable ("tænh" → "tổnh"), and the reverse
  // ("ñy" is đy in VNI, ủy in TCVN3): words only TCVN3 writes weigh twice.
  const encoding: DetectedEncoding = !legacy ? "unicode" : tcvn3 + signs > vni ? "tcvn3" : "vni";
  return { encoding, words: Math.min(words, SAMPLE), tcvn3, vni, unicode };
}

/** What one word says: 1 or 0 for each reading. */
interface Weight {
  readonly unicode: number;
  readonly tcvn3: number;
  readonly vni: number;
  /** A TCVN3 reading by a sign only TCVN3 writes. */
  readonly sign: number;
}

const NONE: Weight = { unicode: 0, tcvn3: 0, vni: 0, sign: 0 };
const UNICODE_WORD: Weight = { unicode: 1, tcvn3: 0, vni: 0, sign: 0 };

function weigh(word: string): Weight {
  if (UNICODE_ONLY.test(word.normalize("NFC")))
    return isVietnameseSyllable(word) ? UNICODE_WORD : NONE;
  if (isVietnameseSyllable(word)) return NONE;
  const tcvn3 = readsAs(decodeTcvn3(word).text, word) ? 1 : 0;
  return {
    unicode: 0,
    tcvn3,
    vni: readsAs(decodeVni(word).text, word) ? 1 : 0,
    sign: tcvn3 === 1 && TCVN3_SIGN.test(word) ? 1 : 0,
  };
}

function readsAs(decoded: string, word: string): boolean {
  return decoded !== word && isVietnameseSyllable(decoded);
}
