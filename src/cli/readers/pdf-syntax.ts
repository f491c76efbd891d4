/**
 * Just enough of PDF's object syntax to find every stream of a file and read its dictionary
 * (filters, length, type), for the check on unpacked size made before PDF.js reads the file.
 */

/** A PDF name (`/FlateDecode`). */
export interface PdfName {
  readonly name: string;
}

/** An indirect reference (`12 0 R`). */
export interface PdfRef {
  readonly ref: number;
  readonly gen: number;
}

/** A PDF value: strings are their bytes, dictionaries are maps. */
export type PdfValue =
  | number
  | boolean
  | null
  | PdfName
  | PdfRef
  | Buffer
  | readonly PdfValue[]
  | ReadonlyMap<string, PdfValue>;

/** A value and where the text after it starts. */
export interface Parsed {
  readonly value: PdfValue;
  readonly end: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Deeper nesting than any real file uses: a crafted one stops here instead of the stack. */
const MAX_DEPTH = 64;

const isRegular = (byte: number | undefined) =>
  byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);

/**
 * The position of the next token: whitespace and comments skipped.
 *
 * @param bytes - the file
 * @param at - where to start
 * @returns the position of the next token (or the end)
 */
export function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (WHITESPACE.has(byte)) i++;
    else if (byte === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else break;
  }
  return i;
}

/**
 * Whether a keyword (`stream`, `endstream`, `obj`) stands at a position, as a whole token.
 *
 * @param bytes - the file
 * @param at - the position
 * @param word - the keyword
 * @returns true when the bytes there are the keyword, ended by a delimiter, space or the end
 */
export function isKeyword(bytes: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word.charCodeAt(k)) return false;
  return !isRegular(bytes[at + word.length]);
}

/**
 * Parses one value at a position.
 *
 * @param bytes - the file (or a decoded object stream)
 * @param at - where the value starts (whitespace before it is skipped)
 * @returns the value and its end, or undefined where no value can be read
 */
export function parseValue(bytes: Uint8Array, at: number, depth = 0): Parsed | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const i = skipSpace(bytes, at);
  const byte = bytes[i];
  if (byte === undefined) return undefined;
  if (byte === 0x3c && bytes[i + 1] === 0x3c) return parseDictionary(bytes, i + 2, depth);
  if (byte === 0x3c) return parseHexString(bytes, i + 1);
  if (byte === 0x28) return parseLiteralString(bytes, i + 1);
  if (byte === 0x2f) return parseName(bytes, i + 1);
  if (byte === 0x5b) {
    const items: PdfValue[] = [];
    let j = i + 1;
    for (;;) {
      j = skipSpace(bytes, j);
      if (j >= bytes.length) return undefined;
      if (bytes[j] === 0x5d) return { value: items, end: j + 1 };
      const item = parseValue(bytes, j, depth + 1);
      if (!item) return undefined;
      items.push(item.value);
      j = item.end;
    }
  }
  let j = i;
  while (isRegular(bytes[j])) j++;
  if (j === i) return undefined;
  const word = Buffer.from(bytes.buffer, bytes.byteOffset + i, j - i).toString("latin1");
  if (word === "true" || word === "false") return { value: word === "true", end: j };
  if (word === "null") return { value: null, end: j };
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word)) return undefined;
  const number = Number(word);
  // "12 0 R": a reference.
  const reference = /^\d+$/.test(word) ? referenceAfter(bytes, j) : undefined;
  if (reference) return { value: { ref: number, gen: reference.gen }, end: reference.end };
  return { value: number, end: j };
}

function referenceAfter(bytes: Uint8Array, at: number): { gen: number; end: number } | undefined {
  const i = skipSpace(bytes, at);
  let j = i;
  while (j < bytes.length && (bytes[j] as number) >= 0x30 && (bytes[j] as number) <= 0x39) j++;
  if (j === i) return undefined;
  const k = skipSpace(bytes, j);
  if (bytes[k] !== 0x52 || isRegular(bytes[k + 1])) return undefined;
  return { gen: Number(Buffer.from(bytes.subarray(i, j)).toString("latin1")), end: k + 1 };
}

function parseDictionary(bytes: Uint8Array, at: number, depth: number): Parsed | undefined {
  const map = new Map<string, PdfValue>();
  let j = at;
  for (;;) {
    j = skipSpace(bytes, j);
    if (j >= bytes.length) return undefined;
    if (bytes[j] === 0x3e && bytes[j + 1] === 0x3e) return { value: map, end: j + 2 };
    if (bytes[j] !== 0x2f) return undefined;
    const key = parseName(bytes, j + 1);
    const value = parseValue(bytes, key.end, depth + 1);
    if (!value) return undefined;
    map.set((key.value as PdfName).name, value.value);
    j = value.end;
  }
}

function parseName(bytes: Uint8Array, at: number): Parsed {
  let j = at;
  while (isRegular(bytes[j])) j++;
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + at, j - at).toString("latin1");
  const name = raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return { value: { name }, end: j };
}

function parseHexString(bytes: Uint8Array, at: number): Parsed | undefined {
  let j = at;
  let digits = "";
  while (j < bytes.length && bytes[j] !== 0x3e) {
    const c = String.fromCharCode(bytes[j] as number);
    if (/[0-9a-fA-F]/.test(c)) digits += c;
    j++;
  }
  if (j >= bytes.length) return undefined;
  if (digits.length % 2 === 1) digits += "0";
  return { value: Buffer.from(digits, "hex"), end: j + 1 };
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function parseLiteralString(bytes: Uint8Array, at: number): Parsed | undefined {
  // Find the end first: a string that never closes costs a scan, not a copy of every byte.
  let depth = 1;
  let end = at;
  for (; end < bytes.length && depth > 0; end++) {
    const byte = bytes[end];
    if (byte === 0x5c) end++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29) depth--;
  }
  if (depth > 0) return undefined;
  const out: number[] = [];
  for (let j = at; j < end - 1; ) {
    const byte = bytes[j++] as number;
    if (byte !== 0x5c) {
      out.push(byte);
      continue;
    }
    const next = bytes[j++] as number;
    const char = String.fromCharCode(next);
    if (char in ESCAPES) out.push(ESCAPES[char] as number);
    else if (next >= 0x30 && next <= 0x37) {
      let code = next - 0x30;
      for (let k = 0; k < 2 && (bytes[j] ?? 0) >= 0x30 && (bytes[j] ?? 0) <= 0x37; k++)
        code = code * 8 + ((bytes[j++] as number) - 0x30);
      out.push(code & 0xff);
    } else if (next === 0x0d) {
      if (bytes[j] === 0x0a) j++;
    } else if (next !== 0x0a) out.push(next);
  }
  return { value: Buffer.from(out), end };
}

/**
 * A value with references followed, through a table of the file's objects.
 *
 * @param value - a value, maybe a reference
 * @param objects - the objects by number
 * @returns the value referred to (undefined when it is not in the table)
 */
export function resolve(
  value: PdfValue | undefined,
  objects: ReadonlyMap<number, PdfValue>,
): PdfValue | undefined {
  let current = value;
  for (let hops = 0; hops < 16 && isRef(current); hops++) current = objects.get(current.ref);
  return isRef(current) ? undefined : current;
}

/**
 * Whether a value is a reference.
 *
 * @param value - a value
 * @returns true for `n g R`
 */
export function isRef(value: PdfValue | undefined): value is PdfRef {
  return typeof value === "object" && value !== null && "ref" in value;
}

/**
 * A name's text, or undefined when the value is not a name.
 *
 * @param value - a value
 * @returns the name without its slash
 */
export function nameOf(value: PdfValue | undefined): string | undefined {
  return typeof value === "object" && value !== null && "name" in value ? value.name : undefined;
}

/**
 * Whether a value is a dictionary.
 *
 * @param value - a value
 * @returns true for `<< … >>`
 */
export function isDictionary(value: PdfValue | undefined): value is ReadonlyMap<string, PdfValue> {
  return value instanceof Map;
}
