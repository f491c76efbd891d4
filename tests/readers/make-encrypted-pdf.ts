/**
 * Encrypted PDFs that open without a password (an empty user password, an owner password "owner"),
 * as PDF.js reads them: RC4 128-bit (revision 3) and AES-256 (revision 6). Written from ISO 32000
 * for the tests; PDF.js opening them is the check that they are right.
 */
import { createCipheriv, createHash, randomBytes } from "node:crypto";
import { onePage, pdfOf } from "./make-bombs.js";

const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const ID = Buffer.from("00112233445566778899aabbccddeeff", "hex");
const P = -4;
const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();
const hex = (b: Buffer) => `<${b.toString("hex")}>`;

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const xor = (key: Buffer, i: number) => Buffer.from(key.map((b) => b ^ i));

/** RC4, 128-bit key, revision 3: the dictionary entries and the object encryptor. */
function rc4Handler() {
  let h = md5(Buffer.concat([Buffer.from("owner"), PAD]).subarray(0, 32));
  for (let i = 0; i < 50; i++) h = md5(h);
  const ownerKey = h.subarray(0, 16);
  let O = rc4(ownerKey, PAD);
  for (let i = 1; i <= 19; i++) O = rc4(xor(ownerKey, i), O);
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  let k = md5(PAD, O, p, ID);
  for (let i = 0; i < 50; i++) k = md5(k.subarray(0, 16));
  const key = k.subarray(0, 16);
  let U = rc4(key, md5(PAD, ID));
  for (let i = 1; i <= 19; i++) U = rc4(xor(key, i), U);
  const encrypt = (n: number, data: Buffer) =>
    rc4(md5(key, Buffer.from([n & 255, (n >> 8) & 255, n >> 16, 0, 0])).subarray(0, 16), data);
  const dictionary = `<< /Filter /Standard /V 2 /R 3 /Length 128 /O ${hex(O)} /U ${hex(Buffer.concat([U, Buffer.alloc(16)]))} /P ${P} >>`;
  return { dictionary, encrypt };
}

/** Algorithm 2.B of ISO 32000-2: the revision 6 hash of a password. */
function hash6(password: Buffer, salt: Buffer, user: Buffer): Buffer {
  let k = createHash("sha256")
    .update(Buffer.concat([password, salt, user]))
    .digest();
  let e = Buffer.alloc(0);
  for (let i = 0; i < 64 || (e.at(-1) ?? 0) > i - 32; i++) {
    const k1 = Buffer.concat(new Array<Buffer>(64).fill(Buffer.concat([password, k, user])));
    const c = createCipheriv("aes-128-cbc", k.subarray(0, 16), k.subarray(16, 32));
    c.setAutoPadding(false);
    e = Buffer.concat([c.update(k1), c.final()]);
    let big = 0n;
    for (const b of e.subarray(0, 16)) big = big * 256n + BigInt(b);
    k = createHash(["sha256", "sha384", "sha512"][Number(big % 3n)] as string)
      .update(e)
      .digest();
  }
  return k.subarray(0, 32);
}

function aes256(key: Buffer, data: Buffer, iv: Buffer | null, padding: boolean): Buffer {
  const c = createCipheriv(iv ? "aes-256-cbc" : "aes-256-ecb", key, iv);
  c.setAutoPadding(padding);
  return Buffer.concat([c.update(data), c.final()]);
}

/** AES-256, revision 6: the dictionary entries and the object encryptor. */
function aesHandler() {
  const key = randomBytes(32);
  const [uv, uk, ov, ok] = [randomBytes(8), randomBytes(8), randomBytes(8), randomBytes(8)];
  const none = Buffer.alloc(0);
  const owner = Buffer.from("owner");
  const U = Buffer.concat([hash6(none, uv, none), uv, uk]);
  const UE = aes256(hash6(none, uk, none), key, Buffer.alloc(16), false);
  const O = Buffer.concat([hash6(owner, ov, U), ov, ok]);
  const OE = aes256(hash6(owner, ok, U), key, Buffer.alloc(16), false);
  const perms = Buffer.alloc(16);
  perms.writeInt32LE(P, 0);
  perms.writeInt32LE(-1, 4);
  perms.write("Tadb", 8, "latin1");
  const Perms = aes256(key, perms, null, false);
  const encrypt = (_n: number, data: Buffer) => {
    const iv = randomBytes(16);
    return Buffer.concat([iv, aes256(key, data, iv, true)]);
  };
  const dictionary = `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(O)} /U ${hex(U)} /OE ${hex(OE)} /UE ${hex(UE)} /P ${P} /Perms ${hex(Perms)} >>`;
  return { dictionary, encrypt };
}

/**
 * A one-page PDF, encrypted, whose page shows the given content stream (stored Flate-compressed,
 * zlib-wrapped, as given).
 *
 * @param flateContent - the page's content stream, already Flate-compressed
 * @param cipher - "rc4" (revision 3) or "aes256" (revision 6)
 * @returns the PDF's bytes
 */
export function encryptedPage(flateContent: Buffer, cipher: "rc4" | "aes256"): Buffer {
  const handler = cipher === "rc4" ? rc4Handler() : aesHandler();
  const objects = onePage(handler.encrypt(4, flateContent), "/Filter /FlateDecode");
  return pdfOf(
    [...objects, Buffer.from(handler.dictionary, "latin1")],
    `/Encrypt 6 0 R /ID [${hex(ID)} ${hex(ID)}]`,
  );
}
