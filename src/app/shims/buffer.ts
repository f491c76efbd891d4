// node:buffer in the app's worker: the `buffer` package (Node's Buffer for browsers), which the
// readers' zip and PDF checks use as they do in Node.
import { Buffer, kMaxLength } from "buffer";

export { Buffer };
export const constants = { MAX_LENGTH: kMaxLength };
