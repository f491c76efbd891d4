import { ReportReadError } from "./errors.js";
import type { OriginText } from "./origin.js";

/**
 * Decodes a text file: UTF-8 (BOM or not), UTF-16 with a BOM, or else the 8-bit bytes of a file
 * saved from a legacy Vietnamese font (TCVN3, VNI), read as Windows-1252 so the encoding can be
 * detected and converted afterwards.
 *
 * @param path - the file, for messages
 * @param bytes - its content
 * @returns the text and whether it was read as 8-bit
 */
export function decodeText(
  path: string,
  bytes: Uint8Array,
): { readonly text: string; readonly eightBit: boolean } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: decode("utf-16le", bytes), eightBit: false };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode("utf-16be", bytes), eightBit: false };
  try {
    return { text: decode("utf-8", bytes, true), eightBit: false };
  } catch {
    if (bytes.includes(0))
      throw new ReportReadError("NOT_TEXT", path, "not a text file (binary content)");
    return { text: decode("windows-1252", bytes), eightBit: true };
  }
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * A text file's origins: the line of each offset.
 *
 * @param text - the text
 * @returns the text with its line lookup
 */
export function textOrigins(text: string): OriginText {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    text,
    origin: (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { kind: "text", line: lo + 1 };
    },
  };
}
