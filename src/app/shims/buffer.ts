// node:buffer in the app's worker: the `buffer` package (Node's Buffer for browsers), which the
// readers' zip and PDF checks use as they do in Node.
import { Buffer, kMaxLength } from "buffer";

/** Node's Buffer, from the `buffer` package. */
export { Buffer };

/** The largest buffer, as node:buffer's `constants.MAX_LENGTH`. */
export const constants = { MAX_LENGTH: kMaxLength };
