/** What a file holds, judged by its first bytes rather than its name. */
export type Sniffed = "docx" | "doc" | "pdf" | "zip" | "ole" | "text" | "binary" | "empty";

const has = (bytes: Uint8Array, needle: string, encoding: "latin1" | "utf16le") =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(needle, encoding),
  );

/**
 * Tells a file's format from its content: a zip holding word/document.xml is .docx, an OLE
 * compound file with a WordDocument stream is .doc, "%PDF" in the first kilobyte is a PDF.
 *
 * @param bytes - the whole file
 * @returns the format found
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
    return has(bytes, "word/", "latin1") ? "docx" : "zip";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((x, i) => b(i) === x)) return has(bytes, "WordDocument", "utf16le") ? "doc" : "ole";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.includes("%PDF-")) return "pdf";
  // NUL bytes outside UTF-16 text mean a binary format.
  const utf16 = (b(0) === 0xff && b(1) === 0xfe) || (b(0) === 0xfe && b(1) === 0xff);
  if (!utf16 && head.includes(0)) return "binary";
  return "text";
}

/**
 * Whether an OLE compound file is an encrypted Office document (a password-protected .docx is
 * stored that way, with EncryptionInfo and EncryptedPackage streams).
 *
 * @param bytes - the whole file
 * @returns true when it holds an encrypted package
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return has(bytes, "EncryptedPackage", "utf16le") || has(bytes, "EncryptionInfo", "utf16le");
}

/** The format a file name promises, from its extension. */
export function promisedFormat(path: string): "docx" | "doc" | "pdf" | "text" {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === "docx" || ext === "doc" || ext === "pdf") return ext;
  return "text";
}
