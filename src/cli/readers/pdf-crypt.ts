import { createCipheriv, createDecipheriv, createHash } from "node:crypto";
import { isDictionary, nameOf, type PdfValue } from "./pdf-syntax.js";

/** Decrypts one stream's bytes, as PDF.js does before its filters (standard security handler). */
export type StreamDecryptor = (objectNumber: number, generation: number, data: Buffer) => Buffer;

/** The padding string of the standard security handler (ISO 32000-1, 7.6.3.3). */
const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

function aesDecrypt(key: Buffer, data: Buffer): Buffer {
  if (data.length < 32) return Buffer.alloc(0);
  const body = data.subarray(16, 16 + Math.floor((data.length - 16) / 16) * 16);
  const decipher = createDecipheriv(`aes-${key.length * 8}-cbc`, key, data.subarray(0, 16));
  decipher.setAutoPadding(false);
  const out = Buffer.concat([decipher.update(body), decipher.final()]);
  const pad = out[out.length - 1] ?? 0;
  return pad >= 1 && pad <= 16 ? out.subarray(0, out.length - pad) : out;
}

/** Algorithm 2: the file key from a (padded) user password, revisions 2 to 4. */
function fileKey(
  password: Buffer,
  entries: { O: Buffer; P: number; id: Buffer; R: number; bytes: number; metadata: boolean },
): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32LE(entries.P | 0);
  const tail = entries.R >= 4 && !entries.metadata ? Buffer.from([255, 255, 255, 255]) : [];
  let hash = md5(password, entries.O.subarray(0, 32), p, entries.id, Buffer.from(tail));
  if (entries.R >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, entries.bytes));
  return hash.subarray(0, entries.bytes);
}

const xorKey = (key: Buffer, i: number) => Buffer.from(key.map((b) => b ^ i));

/** Algorithms 4 and 5: whether a file key is the one of the user password. */
function opensAsUser(key: Buffer, U: Buffer, id: Buffer, R: number): boolean {
  if (R === 2) return rc4(key, PAD).equals(U.subarray(0, 32));
  let x: Buffer = md5(PAD, id);
  for (let i = 0; i < 20; i++) x = rc4(xorKey(key, i), x);
  return x.equals(U.subarray(0, 16));
}

/** Algorithm 7: the user password an empty owner password unlocks. */
function userFromEmptyOwner(O: Buffer, R: number, bytes: number): Buffer {
  let hash = md5(PAD);
  if (R >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, bytes));
  const key = hash.subarray(0, bytes);
  if (R === 2) return rc4(key, O.subarray(0, 32));
  let x: Buffer = Buffer.from(O.subarray(0, 32));
  for (let i = 19; i >= 0; i--) x = rc4(xorKey(key, i), x);
  return x;
}

/** Algorithm 2.B (revision 6; revision 5 is the plain SHA-256), for the empty password. */
function hashR6(salt: Buffer, userData: Buffer, R: number): Buffer {
  let k = createHash("sha256")
    .update(Buffer.concat([salt, userData]))
    .digest();
  if (R === 5) return k;
  let e = Buffer.alloc(0);
  for (let i = 0; i < 64 || (e[e.length - 1] ?? 0) > i - 32; i++) {
    const round = Buffer.concat([k, userData]);
    const cipher = createCipheriv("aes-128-cbc", k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    e = Buffer.concat([cipher.update(Buffer.concat(Array(64).fill(round))), cipher.final()]);
    // The first 16 bytes as a number modulo 3: 256 ≡ 1 (mod 3), so the sum of the bytes.
    const sum = e.subarray(0, 16).reduce((a, b) => a + b, 0) % 3;
    k = createHash(["sha256", "sha384", "sha512"][sum] as string)
      .update(e)
      .digest();
  }
  return k.subarray(0, 32);
}

function aes256Key(hash: Buffer, encrypted: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-cbc", hash, Buffer.alloc(16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(encrypted.subarray(0, 32)), decipher.final()]);
}

const bytesOf = (value: PdfValue | undefined) => (Buffer.isBuffer(value) ? value : Buffer.alloc(0));

/**
 * The decryptor of a file encrypted with the standard security handler and an empty user (or
 * owner) password: the files PDF.js opens without asking for one. RC4 and AES-128 (revisions 2–4)
 * and AES-256 (revisions 5 and 6).
 *
 * @param encrypt - the trailer's /Encrypt dictionary, references resolved
 * @param id - the first string of the trailer's /ID
 * @returns the decryptor, or undefined when PDF.js would not open the file without a password
 *   (or not at all): then it decodes none of its streams either
 */
export function standardDecryptor(
  encrypt: ReadonlyMap<string, PdfValue>,
  id: Buffer,
): StreamDecryptor | undefined {
  if (nameOf(encrypt.get("Filter")) !== "Standard") return undefined;
  const R = Number(encrypt.get("R"));
  const V = Number(encrypt.get("V"));
  const O = bytesOf(encrypt.get("O"));
  const U = bytesOf(encrypt.get("U"));
  const cf = encrypt.get("CF");
  const method = (() => {
    if (V < 4) return "V2";
    const filter = isDictionary(cf) ? cf.get(nameOf(encrypt.get("StmF")) ?? "") : undefined;
    return isDictionary(filter) ? (nameOf(filter.get("CFM")) ?? "None") : "None";
  })();
  if (method === "None") return () => Buffer.alloc(0);
  if (R >= 5) {
    let key: Buffer | undefined;
    if (hashR6(U.subarray(32, 40), Buffer.alloc(0), R).equals(U.subarray(0, 32)))
      key = aes256Key(hashR6(U.subarray(40, 48), Buffer.alloc(0), R), bytesOf(encrypt.get("UE")));
    else if (hashR6(O.subarray(32, 40), U.subarray(0, 48), R).equals(O.subarray(0, 32)))
      key = aes256Key(hashR6(O.subarray(40, 48), U.subarray(0, 48), R), bytesOf(encrypt.get("OE")));
    if (!key) return undefined;
    const fileKey256 = key;
    return (_n, _g, data) => aesDecrypt(fileKey256, data);
  }
  const length = Number(encrypt.get("Length") ?? (V < 4 ? 40 : 128));
  const entries = {
    O,
    P: Number(encrypt.get("P")),
    id,
    R,
    bytes: R === 2 ? 5 : Math.max(5, Math.min(16, (length < 40 ? length * 8 : length) >> 3)),
    metadata: encrypt.get("EncryptMetadata") !== false,
  };
  let key = fileKey(PAD, entries);
  if (!opensAsUser(key, U, id, R)) {
    key = fileKey(userFromEmptyOwner(O, R, entries.bytes), entries);
    if (!opensAsUser(key, U, id, R)) return undefined;
  }
  const aes = method === "AESV2";
  const fileKey128 = key;
  return (n, g, data) => {
    const object = Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, g & 255, (g >> 8) & 255]);
    const salt = aes ? Buffer.from("sAlT", "latin1") : Buffer.alloc(0);
    const objectKey = md5(fileKey128, object, salt).subarray(
      0,
      Math.min(fileKey128.length + 5, 16),
    );
    return aes ? aesDecrypt(objectKey, data) : rc4(objectKey, data);
  };
}
