import { createBrotliDecompress, createInflateRaw } from "node:zlib";
import { CHUNK, type Decoded, pump } from "./unpacked.js";

/** A filter: decodes `input`, stopping once more than `cap` bytes have come out. */
type Filter = (input: Buffer, cap: number, keep: boolean) => Promise<Decoded> | Decoded;

/** FlateDecode: a zlib stream; PDF.js refuses a bad header and ignores the checksum. */
const flate: Filter = (input, cap, keep) => {
  const [cmf = -1, flg = -1] = input;
  if ((cmf & 0x0f) !== 8 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20)
    return { size: 0, over: false, ...(keep ? { output: Buffer.alloc(0) } : {}) };
  return pump(createInflateRaw(CHUNK), input.subarray(2), cap, keep);
};

const brotli: Filter = (input, cap, keep) =>
  pump(
    createBrotliDecompress(CHUNK) as unknown as ReturnType<typeof createInflateRaw>,
    input,
    cap,
    keep,
  );

/** Collects bytes up to a cap, keeping them only when asked. */
class Sink {
  size = 0;
  private bytes: Uint8Array;
  constructor(
    private readonly cap: number,
    private readonly keep: boolean,
  ) {
    this.bytes = new Uint8Array(keep ? Math.min(cap + 1, 1 << 16) : 0);
  }
  /** Adds `count` bytes, copied from `from` or all equal to `fill`; false once over the cap. */
  add(count: number, from: Uint8Array | undefined, fill = 0): boolean {
    const end = this.size + count;
    if (this.keep && end <= this.cap) {
      if (end > this.bytes.length) {
        const grown = new Uint8Array(Math.min(Math.max(2 * this.bytes.length, end), this.cap + 1));
        grown.set(this.bytes.subarray(0, this.size));
        this.bytes = grown;
      }
      if (from) this.bytes.set(from.subarray(0, count), this.size);
      else this.bytes.fill(fill, this.size, end);
    }
    this.size = end;
    return end <= this.cap;
  }
  result(): Decoded {
    const over = this.size > this.cap;
    const output = this.keep && !over ? Buffer.from(this.bytes.subarray(0, this.size)) : undefined;
    return { size: this.size, over, ...(output ? { output } : {}) };
  }
}

/** LZWDecode, as PDF.js reads it (early change 1 unless the parameters say 0). */
function lzw(earlyChange: number): Filter {
  return (input, cap, keep) => {
    const prefix = new Int32Array(4096);
    const suffix = new Uint8Array(4096);
    const initial = new Uint8Array(4096);
    const length = new Int32Array(4096);
    for (let i = 0; i < 256; i++) {
      suffix[i] = i;
      initial[i] = i;
      length[i] = 1;
      prefix[i] = -1;
    }
    let out: Uint8Array | undefined = keep ? new Uint8Array(Math.min(cap + 1, 1 << 16)) : undefined;
    let size = 0;
    let next = 258;
    let bits = 9;
    let previous = -1;
    let buffer = 0;
    let held = 0;
    let at = 0;
    const define = (before: number, last: number) => {
      prefix[next] = before;
      suffix[next] = last;
      initial[next] = initial[before] as number;
      length[next] = (length[before] as number) + 1;
    };
    for (;;) {
      while (held < bits && at < input.length) {
        buffer = ((buffer << 8) | (input[at++] as number)) >>> 0;
        held += 8;
      }
      if (held < bits) break;
      const code = (buffer >>> (held - bits)) & ((1 << bits) - 1);
      held -= bits;
      buffer &= (1 << held) - 1;
      if (code === 256) {
        next = 258;
        bits = 9;
        previous = -1;
        continue;
      }
      if (code === 257) break;
      let entry = code;
      if (code >= next) {
        if (code !== next || previous < 0) break;
        // The code being defined: the previous string and its own first byte.
        define(previous, initial[previous] as number);
        entry = next;
      } else if (previous >= 0 && next < 4096) define(previous, initial[code] as number);
      const n = length[entry] as number;
      if (out) {
        if (size + n > out.length) {
          const grown = new Uint8Array(Math.min(Math.max(out.length * 2, size + n), cap + 1));
          grown.set(out);
          out = grown;
        }
        if (size + n <= out.length)
          for (let c = entry, k = size + n - 1; c >= 0; c = prefix[c] as number, k--)
            out[k] = suffix[c] as number;
      }
      size += n;
      if (size > cap) return { size, over: true };
      if (previous >= 0 && next < 4096) next++;
      previous = code;
      if (((next + earlyChange) & (next + earlyChange - 1)) === 0)
        bits = Math.min(Math.log2(next + earlyChange) + 1, 12);
    }
    return { size, over: false, ...(out ? { output: Buffer.from(out.subarray(0, size)) } : {}) };
  };
}

/** RunLengthDecode: a length byte, then that many bytes or one byte repeated. */
const runLength: Filter = (input, cap, keep) => {
  const sink = new Sink(cap, keep);
  for (let i = 0; i < input.length; ) {
    const n = input[i++] as number;
    if (n === 128) break;
    if (n < 128) {
      const run = input.subarray(i, i + n + 1);
      if (!sink.add(run.length, run)) break;
      i += n + 1;
    } else {
      const byte = input[i++];
      if (byte === undefined || !sink.add(257 - n, undefined, byte)) break;
    }
  }
  return sink.result();
};

/** ASCIIHexDecode: hex digits up to ">". */
const asciiHex: Filter = (input, cap, keep) => {
  const text = input.toString("latin1");
  const end = text.indexOf(">");
  let digits = (end < 0 ? text : text.slice(0, end)).replace(/[^0-9a-fA-F]/g, "");
  if (digits.length % 2 === 1) digits += "0";
  const output = Buffer.from(digits, "hex");
  return { size: output.length, over: output.length > cap, ...(keep ? { output } : {}) };
};

/** ASCII85Decode: groups of five characters for four bytes, "z" for four zeros, up to "~>". */
const ascii85: Filter = (input, cap, keep) => {
  const text = input.toString("latin1");
  const end = text.indexOf("~>");
  const body = (end < 0 ? text : text.slice(0, end)).replace(/[\s\0]/g, "");
  const bytes: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const digit of group) value = value * 85 + digit;
    for (let k = 0; k < count; k++) bytes.push((value >>> (24 - 8 * k)) & 255);
    group = [];
  };
  for (const char of body) {
    if (char === "z" && group.length === 0) bytes.push(0, 0, 0, 0);
    else {
      const digit = char.charCodeAt(0) - 33;
      if (digit < 0 || digit > 84) break;
      group.push(digit);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  const output = Buffer.from(bytes);
  return { size: output.length, over: output.length > cap, ...(keep ? { output } : {}) };
};

/** Filters that only pictures use: PDF.js decodes them for a picture, bounded by its size. */
const PICTURE_FILTERS = new Set([
  "DCTDecode",
  "DCT",
  "JPXDecode",
  "JPX",
  "CCITTFaxDecode",
  "CCF",
  "JBIG2Decode",
]);

/**
 * The filter PDF.js would run for a name, or "picture" for a picture's codec, or undefined for a
 * name it does not know (it then passes the bytes on unchanged).
 *
 * @param name - the filter's name (`FlateDecode` or its abbreviation `Fl`)
 * @param earlyChange - LZWDecode's /EarlyChange parameter
 * @returns the decoder
 */
export function filterFor(name: string, earlyChange = 1): Filter | "picture" | undefined {
  if (PICTURE_FILTERS.has(name)) return "picture";
  switch (name) {
    case "FlateDecode":
    case "Fl":
      return flate;
    case "LZWDecode":
    case "LZW":
      return lzw(earlyChange === 0 ? 0 : 1);
    case "RunLengthDecode":
    case "RL":
      return runLength;
    case "ASCIIHexDecode":
    case "AHx":
      return asciiHex;
    case "ASCII85Decode":
    case "A85":
      return ascii85;
    case "BrotliDecode":
      return brotli;
    default:
      return undefined;
  }
}
