/**
 * Whether a word is one well-formed Vietnamese syllable: onset, a vowel group Vietnamese has,
 * a final consonant where that group allows one, and at most one tone mark. Detection leans on
 * it: legacy text read as Unicode is not made of such syllables, and converts into them.
 */

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?";
/** Vowel groups that may take a final consonant. */
const OPEN = "uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|ua|ưa|ia|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư";
/** Vowel groups that end in a glide and take no final consonant. */
const CLOSED =
  "iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|uơ";
const CODA = "(?:ng|nh|ch|[cmnpt])?";
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})${CODA}|(?:${CLOSED}))$`, "u");
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Letters of the Vietnamese alphabet, composed: ñ, ö, ü and the like are not among them. */
const ALPHABET = /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/u;

/**
 * Tests one word (letters only, any case) for the shape of a Vietnamese syllable.
 *
 * @param word - the word
 * @returns true when it is a syllable Vietnamese spelling allows
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize("NFC");
  if (!ALPHABET.test(lower)) return false;
  const decomposed = lower.normalize("NFD");
  const tones = decomposed.match(TONE)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE, "").normalize("NFC"));
}
