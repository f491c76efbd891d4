// Bundled into its own script (mammoth's browser build): put in front of the worker's script
// only when a Word file is dropped.
import mammoth from "mammoth";
import { PACKAGES } from "../optional.js";

const scope = globalThis as Record<string, unknown>;
scope[PACKAGES] = { ...(scope[PACKAGES] as object | undefined), mammoth };
