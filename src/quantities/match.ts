// Matching table words at a position of the original text, in NFC or NFD and any letter case,
// without normalising the text (offsets must stay those of the caller's string).

// Superscript digits are footnote marks ("mô hình¹"), so they end a word rather than extend it.
const WORD_CHAR = /(?![⁰¹²³⁴⁵⁶⁷⁸⁹])[\p{L}\p{M}\p{N}_]/u;

/** True when the character at `index` is a letter, combining mark, digit or underscore. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  // A low surrogate belongs to the character that starts one unit earlier.
  const high = text.charCodeAt(index - 1);
  const at =
    code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 1 : index;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

interface Form<T> {
  readonly form: string;
  readonly entry: T;
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

/** Table words indexed by their first (forward) or last (backward) UTF-16 unit, longest first. */
export type WordIndex<T> = ReadonlyMap<string, readonly Form<T>[]>;

/** A table word found in the text: the entry and where it was written. */
export interface WordMatch<T> {
  readonly entry: T;
  readonly start: number;
  readonly end: number;
}

/**
 * Indexes table entries by the first (`forward`) or last (`backward`) unit of their NFC and NFD
 * forms, longest first, so "lượt người" is tried before "lượt" and "không vượt quá" before "vượt".
 */
export function indexWords<T extends { readonly text: string }>(
  entries: readonly T[],
  direction: "forward" | "backward",
): WordIndex<T> {
  const forms: Form<T>[] = [];
  for (const entry of entries) {
    for (const form of new Set([entry.text.normalize("NFC"), entry.text.normalize("NFD")])) {
      forms.push({
        form,
        entry,
        wordStart: isWordCharAt(form, 0),
        wordEnd: isWordCharAt(form, form.length - 1),
      });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const index = new Map<string, Form<T>[]>();
  for (const item of forms) {
    const key = direction === "forward" ? item.form[0] : item.form.at(-1);
    if (key === undefined) continue;
    const list = index.get(key) ?? [];
    list.push(item);
    index.set(key, list);
  }
  return index;
}

const lowerAt = (text: string, index: number): string => (text[index] ?? "").toLowerCase();

/**
 * The longest table word starting at `start` and ending at a word boundary, among the entries
 * `accept` lets through.
 */
export function matchForward<T>(
  text: string,
  start: number,
  index: WordIndex<T>,
  accept: (entry: T) => boolean = () => true,
): WordMatch<T> | undefined {
  const candidates = index.get(lowerAt(text, start));
  if (candidates === undefined) return undefined;
  for (const { form, entry, wordEnd } of candidates) {
    const end = start + form.length;
    if (end > text.length || !accept(entry)) continue;
    if (text.slice(start, end).toLowerCase() !== form) continue;
    if (wordEnd && isWordCharAt(text, end)) continue;
    return { entry, start, end };
  }
  return undefined;
}

/** The longest table word ending at `end`, starting at a word boundary and not before `min`. */
export function matchBackward<T>(
  text: string,
  end: number,
  min: number,
  index: WordIndex<T>,
): WordMatch<T> | undefined {
  const candidates = index.get(lowerAt(text, end - 1));
  if (candidates === undefined) return undefined;
  for (const { form, entry, wordStart } of candidates) {
    const start = end - form.length;
    if (start < min) continue;
    if (text.slice(start, end).toLowerCase() !== form) continue;
    if (wordStart && isWordCharAt(text, start - 1)) continue;
    return { entry, start, end };
  }
  return undefined;
}

/** True when `word` (NFC lower case) is written at `at`, in NFC or NFD, and ends at a boundary. */
export function isWordAt(text: string, at: number, word: string): boolean {
  for (const form of new Set([word, word.normalize("NFD")])) {
    const end = at + form.length;
    if (text.slice(at, end).toLowerCase() === form && !isWordCharAt(text, end)) return true;
  }
  return false;
}
