import { createLineIndex } from "baocao";
import { text } from "../i18n.js";
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
      throw new ReportReadError(
        "NOT_TEXT",
        path,
        text("không phải tệp văn bản (nội dung nhị phân)", "not a text file (binary content)"),
      );
    return { text: decodeWindows1252(bytes), eightBit: true };
  }
}

/**
 * Windows-1252's 0x80–0x9F (curly quotes, dashes, €…), from the WHATWG Encoding Standard's
 * index; 0 where the code page leaves a byte undefined. Node's TextDecoder reads the label
 * "windows-1252" as Latin-1, which would turn these into control characters.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    const high = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : 0;
    out += String.fromCharCode(high || byte);
  }
  return out;
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
  const lines = createLineIndex(text);
  return { text, origin: (offset) => ({ kind: "text", line: lines.position(offset).line }) };
}
