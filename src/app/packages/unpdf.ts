// Bundled into its own script (unpdf's PDF.js build, which runs without a worker of its own):
// put in front of the worker's script only when a PDF is dropped.
import * as unpdf from "unpdf";
import { PACKAGES } from "../optional.js";

const scope = globalThis as Record<string, unknown>;
scope[PACKAGES] = { ...(scope[PACKAGES] as object | undefined), unpdf };
