/**
 * baocao: model Vietnamese government reports and audit their arithmetic.
 *
 * @packageDocumentation
 */
export * from "./core/index.js";
export * from "./findings/index.js";
