// Indicators: a typed catalogue of what reports measure, and claims labelled with it.
export { annotateClaim } from "./annotate.js";
export {
  BUILT_IN_INDICATORS,
  type CatalogueOptions,
  createCatalogue,
  defaultCatalogue,
  type IndicatorCatalogue,
  type IndicatorInput,
  parseIndicator,
  safeCreateCatalogue,
  safeParseIndicator,
} from "./catalogue.js";
export { checkIndicatorClaim } from "./checks.js";
export { classifyClaim } from "./classify.js";
export { INDICATOR_CODES, type IndicatorCode, type IndicatorCodeInfo } from "./codes.js";
export { INDICATOR_DOC_MARKERS, renderIndicatorDocs } from "./doc.js";
export {
  checkIndexScores,
  findIndexMentions,
  type IndexCheckOptions,
  type IndexMention,
} from "./indices.js";
export { type Indicator, type IndicatorMeasure, indicatorSchema } from "./schema.js";
