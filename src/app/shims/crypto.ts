// node:crypto in the app's worker: the PDF check decrypts the streams of a PDF encrypted with an
// empty password (copy protection) with MD5, RC4 and AES, which the browser offers only
// asynchronously. Not available here: such a PDF is refused with a clear reason (docs/app.md).

const unavailable = (): never => {
  throw new Error(
    "this PDF is encrypted (copy protection): the browser app cannot check it; audit it with the command line (npx baocao audit file.pdf), or print it to a new PDF",
  );
};

export const createHash = unavailable;
export const createCipheriv = unavailable;
export const createDecipheriv = unavailable;
