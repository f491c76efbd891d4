import type { Message } from "baocao";

/** The languages of the command line: its help, errors, notices and the findings. */
export type Lang = "vi" | "en";

/** A line the command line says, in both languages (the library's {@link Message}). */
export type Text = Message;

/**
 * A line in both languages.
 *
 * @param vi - Vietnamese
 * @param en - English
 * @returns the text
 */
export function text(vi: string, en: string): Text {
  return { vi, en };
}

/**
 * The same words in both languages: a file's name, a code, a detail from the system.
 *
 * @param words - what to say
 * @returns the text
 */
export function same(words: string): Text {
  return { vi: words, en: words };
}

/**
 * A text whose words are joined from others (`join([a, ": ", b])`), each part in its language.
 *
 * @param parts - texts and plain strings (a plain string is the same in both languages)
 * @returns the joined text
 */
export function join(parts: readonly (Text | string)[]): Text {
  const pick = (lang: Lang) => parts.map((p) => (typeof p === "string" ? p : p[lang])).join("");
  return { vi: pick("vi"), en: pick("en") };
}

/**
 * A count with its noun: English takes the singular for one ("1 error", "2 errors"),
 * Vietnamese nouns do not change ("1 lỗi", "2 lỗi").
 *
 * @param n - the count
 * @param vi - the Vietnamese noun
 * @param one - the English singular
 * @param many - the English plural (default: the singular and "s")
 * @returns the count and its noun in both languages
 */
export function counted(n: number, vi: string, one: string, many = `${one}s`): Text {
  return { vi: `${n} ${vi}`, en: `${n} ${n === 1 ? one : many}` };
}

/**
 * An English count with its noun in the right number: "1 claim", "2 claims".
 *
 * @param n - the count
 * @param one - the singular
 * @param many - the plural (default: the singular and "s")
 * @returns the count and its noun
 */
export function english(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
