import { matchKey } from "../core/text.js";

/** A piece of text the unit scanner works on. */
export interface UnitToken {
  /** Word (letters and marks), number (digits, "." grouping allowed), space or one other character. */
  readonly kind: "word" | "number" | "space" | "punct";
  /** Offset in the original text. */
  readonly start: number;
  /** Offset past the end in the original text. */
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Words: {@link matchKey}; numbers: the digits without grouping dots; others: the text. */
  readonly key: string;
  /** Words: starts with a capital letter. */
  readonly capitalised: boolean;
  /** Spaces: contains a line break. */
  readonly lineBreak: boolean;
}

// Linear: every alternative consumes at least one character and none nests a quantifier.
const TOKEN = /([0-9]+(?:\.[0-9]{3})*(?![0-9]))|([\p{L}\p{M}]+)|(\s+)|(.)/gsu;

/**
 * Splits a text into tokens in one pass; offsets refer to the text as given (NFC or NFD).
 *
 * @param text - the text
 * @returns the tokens, covering the text without gaps
 */
export function tokenizeUnits(text: string): readonly UnitToken[] {
  const tokens: UnitToken[] = [];
  const keys = new Map<string, string>();
  for (const m of text.matchAll(TOKEN)) {
    const [whole, number, word, space] = m;
    const start = m.index;
    const end = start + whole.length;
    if (number !== undefined) {
      tokens.push(token("number", start, end, whole, number.replace(/\./gu, "")));
    } else if (word !== undefined) {
      let key = keys.get(word);
      if (key === undefined) {
        key = matchKey(word);
        keys.set(word, key);
      }
      const first = word.normalize("NFC").charAt(0);
      tokens.push({
        ...token("word", start, end, whole, key),
        capitalised: first !== first.toLowerCase(),
      });
    } else if (space !== undefined) {
      tokens.push({ ...token("space", start, end, whole, " "), lineBreak: /[\n\r]/u.test(whole) });
    } else {
      tokens.push(token("punct", start, end, whole, whole));
    }
  }
  return tokens;
}

function token(
  kind: UnitToken["kind"],
  start: number,
  end: number,
  text: string,
  key: string,
): UnitToken {
  return { kind, start, end, text, key, capitalised: false, lineBreak: false };
}
