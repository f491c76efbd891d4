import { text as say } from "../i18n.js";
import { ReportReadError } from "./errors.js";
import { type StreamDecryptor, standardDecryptor } from "./pdf-crypt.js";
import { filterFor } from "./pdf-filters.js";
import {
  isDictionary,
  isKeyword,
  isRef,
  nameOf,
  type PdfValue,
  parseValue,
  skipSpace,
} from "./pdf-syntax.js";
import { cap, tooLarge } from "./unpacked.js";

/** A stream found in the file: its object, its dictionary and where its data starts. */
interface FoundStream {
  readonly number: number;
  readonly generation: number;
  readonly dictionary: ReadonlyMap<string, PdfValue>;
  readonly start: number;
}

/** Every definition of each object number (a file may define one several times). */
type Definitions = Map<number, PdfValue[]>;

// The lookbehind keeps a long run of digits linear: only its first digit may start a match.
const OBJECT = /(?<![0-9])(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+obj/g;
const TRAILER = /trailer[\0\t\n\f\r ]*<</g;
/** The most candidate filter chains tried for one stream when its filters are references. */
const MAX_CHAINS = 4;
/** The most bytes one object's value may span: a real one is far smaller. */
const WINDOW = 1 << 20;

/**
 * Parses objects, each within {@link WINDOW} bytes, and keeps the work linear: a value that does
 * not parse (an unclosed string in a crafted file, met at every "n g obj" it holds) costs up to
 * a window, and past about eight times the file's size of such work the file is refused as
 * damaged rather than read for minutes.
 */
class ObjectParser {
  private spent = 0;
  private readonly allowance: number;
  constructor(
    private readonly path: string,
    size: number,
  ) {
    this.allowance = 8 * size + 16 * WINDOW;
  }
  parse(bytes: Uint8Array, at: number): ReturnType<typeof parseValue> {
    const end = Math.min(bytes.length, at + WINDOW);
    const parsed = parseValue(bytes.subarray(0, end), at);
    this.spent += parsed ? parsed.end - at : end - at;
    if (this.spent > this.allowance)
      throw new ReportReadError(
        "CORRUPT_FILE",
        this.path,
        say(
          "tệp PDF bị hỏng, không đọc được (quá nhiều đối tượng không đọc được)",
          "damaged PDF, cannot be read (too many objects that cannot be read)",
        ),
      );
    return parsed;
  }
}

/**
 * Checks, before a PDF is handed to PDF.js (which decodes a whole stream into memory, however
 * large it unpacks), that its compressed streams unpack to at most `limit` bytes in all. Every
 * stream is decoded here with the filters PDF.js runs (Flate, LZW, run-length, ASCII hex and 85,
 * Brotli), decrypted first when the file is encrypted with the standard handler and an empty
 * password, each filter stopping once the remaining allowance is spent; nothing decoded is kept
 * but what the next filter needs. Picture codecs (JPEG, JPEG 2000, CCITT, JBIG2) are left out:
 * PDF.js decodes them only to draw a picture, never to read text. Where the file is ambiguous (a
 * stream's length or filters given by reference to an object defined twice), the largest reading
 * is counted, so a file cannot show this check less than PDF.js will unpack.
 *
 * @param path - the file, for messages
 * @param bytes - the PDF
 * @param limit - the most its streams may unpack to, in bytes
 * @throws ReportReadError TOO_LARGE_UNPACKED over the limit
 */
export async function checkPdfUnpacked(
  path: string,
  bytes: Uint8Array,
  limit: number,
): Promise<void> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = file.toString("latin1");
  const parser = new ObjectParser(path, file.length);
  const { streams, definitions } = scan(file, text, parser);
  const decrypt = decryptorOf(file, text, streams, definitions, parser);
  const endstreams = endstreamsOf(text);
  let unpacked = 0;
  // Streams overlap only in a crafted file (lengths past other streams): bound the input read.
  let read = 0;
  const readable = 4 * file.length + 64 * WINDOW;
  const count = async (stream: FoundStream, keepLast: boolean) => {
    const result = await unpack(
      file,
      endstreams,
      stream,
      definitions,
      decrypt,
      limit - unpacked,
      keepLast,
    );
    unpacked += result.size;
    read += result.read;
    if (unpacked > limit) throw tooLarge(path, "streams", undefined, limit);
    if (read > readable)
      throw new ReportReadError(
        "CORRUPT_FILE",
        path,
        say(
          "tệp PDF bị hỏng, không đọc được (các luồng chồng lên nhau)",
          "damaged PDF, cannot be read (its streams overlap one another)",
        ),
      );
    return result.output;
  };
  // Object streams first: the objects they hold may give other streams' lengths and filters.
  const isObjectStream = (s: FoundStream) =>
    nameOf(last(s.dictionary.get("Type"), definitions)) === "ObjStm";
  for (const stream of streams.filter(isObjectStream)) {
    const decoded = await count(stream, true);
    if (decoded) addObjectStream(decoded, stream.dictionary, definitions, parser);
  }
  for (const stream of streams.filter((s) => !isObjectStream(s))) await count(stream, false);
}

/** Every object and stream of the file, found by their `n g obj` headers wherever they stand. */
function scan(
  file: Buffer,
  text: string,
  parser: ObjectParser,
): { streams: FoundStream[]; definitions: Definitions } {
  const streams: FoundStream[] = [];
  const definitions: Definitions = new Map();
  for (const m of text.matchAll(OBJECT)) {
    const after = m.index + m[0].length;
    // Whole tokens only: "1 0 obj", not "21 0 objx" nor "x1 0 obj".
    if (
      !isKeyword(file, after - 3, "obj") ||
      /[^\0\t\n\f\r ()<>[\]{}/%]/.test(text[m.index - 1] ?? " ")
    )
      continue;
    const parsed = parser.parse(file, after);
    if (!parsed) continue;
    const number = Number(m[1]);
    const at = skipSpace(file, parsed.end);
    if (isDictionary(parsed.value) && isKeyword(file, at, "stream")) {
      // The data starts after the end of the "stream" line, as PDF.js skips to the next line.
      let start = at + 6;
      while (start < file.length && file[start] !== 0x0a && file[start] !== 0x0d) start++;
      start += file[start] === 0x0d && file[start + 1] === 0x0a ? 2 : 1;
      streams.push({ number, generation: Number(m[2]), dictionary: parsed.value, start });
    } else define(definitions, number, parsed.value);
  }
  return { streams, definitions };
}

function define(definitions: Definitions, number: number, value: PdfValue): void {
  const list = definitions.get(number);
  if (list) list.push(value);
  else definitions.set(number, [value]);
}

/** Every value a value may stand for: itself, or each definition of the object it refers to. */
function candidates(value: PdfValue | undefined, definitions: Definitions): PdfValue[] {
  if (value === undefined) return [];
  if (!isRef(value)) return [value];
  return (definitions.get(value.ref) ?? []).filter((v) => !isRef(v));
}

function last(value: PdfValue | undefined, definitions: Definitions): PdfValue | undefined {
  return candidates(value, definitions).at(-1);
}

/** The objects an object stream holds: "n offset" pairs, then the objects from /First. */
function addObjectStream(
  decoded: Buffer,
  dictionary: ReadonlyMap<string, PdfValue>,
  definitions: Definitions,
  parser: ObjectParser,
): void {
  const count = Number(last(dictionary.get("N"), definitions));
  const first = Number(last(dictionary.get("First"), definitions));
  if (!Number.isInteger(count) || !Number.isInteger(first) || count < 0) return;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const number = parser.parse(decoded, at);
    const offset = number && parser.parse(decoded, number.end);
    if (
      !number ||
      !offset ||
      typeof number.value !== "number" ||
      typeof offset.value !== "number" ||
      offset.value < 0
    )
      return;
    at = offset.end;
    const object = parser.parse(decoded, first + offset.value);
    if (object) define(definitions, number.value, object.value);
  }
}

/** The decryptor of an encrypted file; undefined when not encrypted; "locked" without a key. */
function decryptorOf(
  file: Buffer,
  text: string,
  streams: readonly FoundStream[],
  definitions: Definitions,
  parser: ObjectParser,
): StreamDecryptor | "locked" | undefined {
  // The trailer dictionaries, and the cross-reference streams that stand for them.
  const trailers: ReadonlyMap<string, PdfValue>[] = [];
  for (const m of text.matchAll(TRAILER)) {
    const parsed = parser.parse(file, m.index + m[0].length - 2);
    if (parsed && isDictionary(parsed.value)) trailers.push(parsed.value);
  }
  for (const s of streams)
    if (nameOf(s.dictionary.get("Type")) === "XRef") trailers.push(s.dictionary);
  const withEncrypt = trailers.filter((t) => t.has("Encrypt"));
  const trailer = withEncrypt.at(-1);
  if (!trailer) return undefined;
  const encrypt = last(trailer.get("Encrypt"), definitions);
  const ids = last(trailer.get("ID"), definitions);
  const id = Array.isArray(ids) && Buffer.isBuffer(ids[0]) ? ids[0] : Buffer.alloc(0);
  return (isDictionary(encrypt) && standardDecryptor(encrypt, id)) || "locked";
}

/**
 * Where a stream's data may end for PDF.js: at its /Length when "endstream" follows it, else at the
 * first "endstream". This takes the furthest of the first "endstream" and every length the
 * dictionary may have (a reference defined twice has two), so its range holds PDF.js's; decoding
 * more input never unpacks less. A length that refers to an object not found: to the file's end.
 */
function dataEnd(
  stream: FoundStream,
  definitions: Definitions,
  endstreams: readonly number[],
  size: number,
): number {
  let end = firstAtOrAfter(endstreams, stream.start) ?? size;
  let known = false;
  for (const length of candidates(stream.dictionary.get("Length"), definitions)) {
    if (typeof length !== "number" || !Number.isInteger(length) || length < 0) continue;
    known = true;
    if (stream.start + length <= size) end = Math.max(end, stream.start + length);
  }
  if (!known && isRef(stream.dictionary.get("Length"))) end = size;
  return end;
}

/** The first value of a sorted list at or after a position (a binary search). */
function firstAtOrAfter(sorted: readonly number[], at: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/** Every position of the keyword "endstream", in order. */
function endstreamsOf(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf("endstream"); at >= 0; at = text.indexOf("endstream", at + 9))
    out.push(at);
  return out;
}

/** The filter chains a stream may have: names, each with its LZW early change. */
function chainsOf(
  dictionary: ReadonlyMap<string, PdfValue>,
  definitions: Definitions,
): { name: string; earlyChange: number }[][] {
  const filters = dictionary.get("Filter") ?? dictionary.get("F");
  const parms = last(dictionary.get("DecodeParms") ?? dictionary.get("DP"), definitions);
  const earlyChange = (i: number) => {
    const p = Array.isArray(parms) ? last(parms[i], definitions) : parms;
    return isDictionary(p) && p.get("EarlyChange") === 0 ? 0 : 1;
  };
  const chains: string[][] = [];
  for (const value of candidates(filters, definitions).slice(0, MAX_CHAINS)) {
    let options: string[][] = [[]];
    for (const item of Array.isArray(value) ? value : [value]) {
      const names = candidates(item, definitions).map((v) => nameOf(v) ?? "");
      // A filter that names nothing: PDF.js refuses the stream, and so decodes none of it.
      options = options
        .flatMap((chain) => (names.length ? names : [""]).map((n) => [...chain, n]))
        .slice(0, MAX_CHAINS);
    }
    chains.push(...options);
  }
  if (chains.length === 0) chains.push([]);
  return chains
    .slice(0, MAX_CHAINS)
    .map((chain) => chain.map((name, i) => ({ name, earlyChange: earlyChange(i) })));
}

/**
 * Decodes one stream with each filter chain it may have, counting every filter's output; the
 * largest count is the stream's.
 */
async function unpack(
  file: Buffer,
  endstreams: readonly number[],
  stream: FoundStream,
  definitions: Definitions,
  decrypt: StreamDecryptor | "locked" | undefined,
  allowance: number,
  keepLast: boolean,
): Promise<{ size: number; read: number; output?: Buffer }> {
  const isXref = nameOf(stream.dictionary.get("Type")) === "XRef";
  // A locked file: PDF.js stops at the password, having decoded only its cross-reference streams.
  if (decrypt === "locked" && !isXref) return { size: 0, read: 0 };
  let data = file.subarray(stream.start, dataEnd(stream, definitions, endstreams, file.length));
  const chains = chainsOf(stream.dictionary, definitions);
  const read = data.length * chains.length;
  if (decrypt && decrypt !== "locked" && !isXref)
    data = decrypt(stream.number, stream.generation, data);
  let best: { size: number; read: number; output?: Buffer } = { size: 0, read };
  for (const chain of chains) {
    let input = data;
    let size = 0;
    // No filter: the data as it stands (an object stream may be stored uncompressed).
    let output: Buffer | undefined = chain.length === 0 ? data : undefined;
    for (const [i, filter] of chain.entries()) {
      const decode = filterFor(filter.name, filter.earlyChange);
      if (decode === undefined || decode === "picture") break;
      const keep = i < chain.length - 1 || keepLast;
      const result = await decode(input, cap(allowance - size), keep);
      size += result.size;
      if (result.over || !result.output) {
        output = undefined;
        break;
      }
      input = result.output;
      output = result.output;
    }
    if (size > best.size || (best.output === undefined && output))
      best = { size: Math.max(size, best.size), read, ...(output ? { output } : {}) };
    if (size > allowance) break;
  }
  return best;
}
