// Injected by the app's build where a module uses Node's global `Buffer` without importing it.
export { Buffer } from "./buffer.js";
