/**
 * baocao: model Vietnamese government reports and audit their arithmetic. Each export is listed
 * under the concept it belongs to (Quantities, References, Dates, Units, …); the commune registry
 * is the separate entry point `baocao/units`.
 *
 * @packageDocumentation
 * @module baocao
 */
export * from "./audit/index.js";
export * from "./calculators/index.js";
export * from "./core/index.js";
export * from "./dates/index.js";
export * from "./encodings/index.js";
export * from "./findings/index.js";
export * from "./indicators/index.js";
export * from "./quantities/index.js";
export * from "./references/index.js";
export * from "./render/index.js";
export * from "./structured/index.js";
export * from "./units/index.js";
