// node:crypto in the app's worker: the PDF check decrypts the streams of a PDF encrypted with an
// empty password (copy protection) with MD5, RC4 and AES, which the browser offers only
// asynchronously. Not available here: the worker refuses such a PDF with a clear reason
// (docs/app.md).

/** The name of the error thrown here, which the worker turns into its reason. */
export const ENCRYPTED_PDF = "EncryptedPdfInBrowser";

const unavailable = (): never => {
  const error = new Error("an encrypted PDF cannot be checked in the browser");
  error.name = ENCRYPTED_PDF;
  throw error;
};

export const createHash = unavailable;
export const createCipheriv = unavailable;
export const createDecipheriv = unavailable;
