// node:crypto in the app's worker. The PDF size check decrypts the streams of a PDF encrypted
// with an empty password (copy protection) with MD5, RC4 and AES, which browsers offer only
// asynchronously (and MD5 not at all). Here every hash is zeros and every cipher gives nothing,
// so no key is ever found: the check takes such a file as one it cannot open and counts only
// its cross-reference streams, as PDF.js does for a locked file, and PDF.js (which has its own
// decryption) reads the text. The cost, written in docs/app.md: a Flate bomb inside an encrypted
// PDF is not stopped by the check in the browser.

import { Buffer } from "./buffer.js";

const SIZES: Readonly<Record<string, number>> = { md5: 16, sha256: 32, sha384: 48, sha512: 64 };

/** A hash that reads nothing and gives zeros of its algorithm's length. */
export function createHash(algorithm: string) {
  const hash = {
    update: () => hash,
    digest: () => Buffer.alloc(SIZES[algorithm] ?? 32),
  };
  return hash;
}

/** A cipher that gives no bytes. */
function nothing() {
  const cipher = {
    setAutoPadding: () => cipher,
    update: () => Buffer.alloc(0),
    final: () => Buffer.alloc(0),
  };
  return cipher;
}

/** A cipher that gives no bytes (see above). */
export const createCipheriv = nothing;
/** A decipher that gives no bytes (see above). */
export const createDecipheriv = nothing;
