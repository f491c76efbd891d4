import { constants } from "node:buffer";
import { createInflateRaw } from "node:zlib";
import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";

/** What a decoder gave: how many bytes, and them when asked to keep them. */
export interface Decoded {
  readonly size: number;
  /** The bytes, when asked to keep them (and not over the cap). */
  readonly output?: Buffer;
  /** More than the cap: decoding stopped there. */
  readonly over: boolean;
  /** The data went bad (or ended early) after `size` bytes. */
  readonly failed?: boolean;
}

/**
 * Runs a zlib decompressor (inflate, Brotli) over the input, counting what comes out and dropping
 * it unless asked to keep it; it stops as soon as the count passes the cap, so memory stays a
 * chunk's worth however much the input would unpack to. Data that ends early or goes bad counts
 * what came out before the fault, as the readers decode up to it.
 *
 * @param stream - a fresh decompressor
 * @param input - the compressed bytes
 * @param cap - the most bytes allowed out
 * @param keep - keep the output (for a next filter)
 * @returns the count, and the output when kept
 */
export function pump(
  stream: ReturnType<typeof createInflateRaw>,
  input: Uint8Array,
  cap: number,
  keep: boolean,
): Promise<Decoded> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (over: boolean, failed = false) => {
      if (done) return;
      done = true;
      stream.destroy();
      const output = keep && !over ? Buffer.concat(chunks) : undefined;
      resolve({ size, over, ...(output ? { output } : {}), ...(failed ? { failed } : {}) });
    };
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) finish(true);
      else if (keep) chunks.push(chunk);
    });
    stream.on("end", () => finish(false));
    stream.on("error", () => finish(false, true));
    stream.end(input);
  });
}

/**
 * A size for a person: "200 MB", "1.07 GB", "512 KB" (powers of 1000, as the option is written).
 *
 * @param bytes - a size in bytes
 * @returns the size in the largest unit that keeps it at 1 or more
 */
export function formatSize(bytes: number): string {
  const units: readonly [number, string][] = [
    [1e9, "GB"],
    [1e6, "MB"],
    [1e3, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toPrecision(3))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/**
 * The error for a file that would unpack to more than the limit: never "damaged", since it is
 * well-formed (a zip or Flate bomb, or a huge document), and it says how to raise the limit.
 *
 * @param path - the file
 * @param what - what unpacks: a .docx's parts or a PDF's compressed streams
 * @param size - how much it unpacks to, when known; otherwise "over the limit"
 * @param limit - the limit in bytes
 * @returns the error
 */
export function tooLarge(
  path: string,
  what: "parts" | "streams",
  size: number | undefined,
  limit: number,
): ReportReadError {
  const amount =
    size === undefined
      ? text(`hơn giới hạn ${formatSize(limit)}`, `more than the limit of ${formatSize(limit)}`)
      : text(
          `${formatSize(size)}, vượt giới hạn ${formatSize(limit)}`,
          `${formatSize(size)}, over the limit of ${formatSize(limit)}`,
        );
  const parts =
    what === "parts"
      ? text("các phần của tệp", "its parts")
      : text("các luồng nén của tệp", "its compressed streams");
  return new ReportReadError(
    "TOO_LARGE_UNPACKED",
    path,
    text(
      `quá lớn khi giải nén: ${parts.vi} giải nén ra ${amount.vi} (nâng giới hạn bằng --max-unpacked-size)`,
      `too large when unpacked: ${parts.en} unpack to ${amount.en} (raise it with --max-unpacked-size)`,
    ),
  );
}

/** One member of a zip archive, as its central directory describes it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks, before a .docx is handed to mammoth (whose zip reader, JSZip, unpacks a whole part into
 * memory before looking at its size), that its parts unpack to at most `limit` bytes: first the
 * sizes its central directory states, then each compressed part really inflated (and counted,
 * not kept) with the remaining allowance as a hard cap, so a part that lies about its size is
 * stopped at the limit too. Pictures count, though they are not read: the
 * limit is on the archive.
 *
 * @param path - the file, for messages
 * @param bytes - the .docx
 * @param limit - the most its parts may unpack to, in bytes
 * @throws ReportReadError: TOO_LARGE_UNPACKED over the limit; CORRUPT_FILE when the zip's
 *   structure cannot be read or a part cannot be unpacked
 */
export async function checkZipUnpacked(
  path: string,
  bytes: Uint8Array,
  limit: number,
): Promise<void> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipEntries(path, view);
  const stated = entries.reduce((sum, e) => sum + e.size, 0);
  if (stated > limit) throw tooLarge(path, "parts", stated, limit);
  let unpacked = 0;
  for (const entry of entries) {
    const data = entryData(path, view, entry);
    // Stored parts are as large as they are; other methods JSZip cannot read anyway.
    let size = entry.method === 0 ? data.length : entry.size;
    if (entry.method === 8) {
      const inflated = await pump(createInflateRaw(CHUNK), data, cap(limit - unpacked), false);
      if (inflated.over) throw tooLarge(path, "parts", undefined, limit);
      if (inflated.failed) throw damaged(path, `the part ${entry.name} cannot be unpacked`);
      size = inflated.size;
    }
    unpacked += size;
    if (unpacked > limit) throw tooLarge(path, "parts", undefined, limit);
  }
}

/** Chunks of 64 KB out of zlib: few events, little memory. */
export const CHUNK = { chunkSize: 64 * 1024 };

/** An output cap zlib accepts: at least 1 byte, at most the largest buffer. */
export function cap(bytes: number): number {
  return Math.min(Math.max(1, bytes), constants.MAX_LENGTH);
}

function damaged(path: string, detail: string): ReportReadError {
  return new ReportReadError(
    "CORRUPT_FILE",
    path,
    text(
      `tệp Word (.docx) bị hỏng, không đọc được (${detail})`,
      `damaged Word (.docx) file, cannot be read (${detail})`,
    ),
  );
}

/** The entries of the central directory, read as JSZip reads them (zip64 and a prefix included). */
function zipEntries(path: string, view: Buffer): ZipEntry[] {
  const u16 = (at: number) => view.readUInt16LE(at);
  const u32 = (at: number) => view.readUInt32LE(at);
  const u64 = (at: number) => Number(view.readBigUInt64LE(at));
  try {
    let end = -1;
    for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--) {
      if (u32(at) === EOCD) {
        end = at;
        break;
      }
    }
    if (end < 0) throw new RangeError("no end of central directory");
    let count = u16(end + 10);
    let size = u32(end + 12);
    let offset = u32(end + 16);
    let directoryEnd = end;
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      if (u32(end - 20) !== ZIP64_LOCATOR) throw new RangeError("no zip64 locator");
      const record = u64(end - 20 + 8);
      if (u32(record) !== ZIP64_EOCD) throw new RangeError("no zip64 end of central directory");
      count = u64(record + 32);
      size = u64(record + 40);
      offset = u64(record + 48);
      directoryEnd = record;
    }
    // Bytes before the archive (a self-extracting stub) shift every offset, as JSZip allows.
    const shift = directoryEnd - size - offset;
    if (shift < 0) throw new RangeError("central directory outside the file");
    const entries: ZipEntry[] = [];
    let at = offset + shift;
    for (let i = 0; i < count; i++) {
      if (u32(at) !== CENTRAL) throw new RangeError("bad central directory entry");
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      const name = view.toString("utf8", at + 46, at + 46 + nameLength);
      let compressedSize = u32(at + 20);
      let entrySize = u32(at + 24);
      let localHeader = u32(at + 42);
      const extra = view.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      // Zip64: the fields stored as 0xFFFFFFFF follow in the extra field 0x0001, in this order.
      for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
        if (extra.readUInt16LE(e) !== 1) continue;
        let field = e + 4;
        const next = () => {
          const value = Number(extra.readBigUInt64LE(field));
          field += 8;
          return value;
        };
        if (entrySize === 0xffffffff) entrySize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeader === 0xffffffff) localHeader = next();
      }
      entries.push({
        name,
        method: u16(at + 10),
        compressedSize,
        size: entrySize,
        localHeader: localHeader + shift,
      });
      at += 46 + nameLength + extraLength + u16(at + 32);
    }
    return entries;
  } catch (error) {
    throw damaged(path, error instanceof Error ? error.message : String(error));
  }
}

function entryData(path: string, view: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > view.length || view.readUInt32LE(at) !== LOCAL)
    throw damaged(path, `no local header for ${entry.name}`);
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  if (start + entry.compressedSize > view.length)
    throw damaged(path, `the part ${entry.name} runs past the end of the file`);
  return view.subarray(start, start + entry.compressedSize);
}
