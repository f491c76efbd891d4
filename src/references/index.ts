export { type CheckOptions, checkDocumentRefs } from "./check.js";
export { REFERENCE_CODES, type ReferenceCode } from "./codes.js";
export {
  COURT_CODES,
  type CourtCodeInfo,
  DOCUMENT_TYPE_CODES,
  type IssuerCodeInfo,
  type IssuerSphere,
  KIND_WORDS,
  type KindWordInfo,
  type TypeCodeInfo,
} from "./codes-data.js";
export { type FormatOptions, formatDocumentRef } from "./format.js";
export { ISSUER_CODES } from "./issuer-codes.js";
export { parseDocumentRef, safeParseDocumentRef } from "./parse.js";
export {
  CENTRAL_DOCUMENTS,
  type DocumentRegistry,
  lookupDocument,
  type RegistryEntry,
  type RegistryLookup,
} from "./registry.js";
export {
  type FoundDocumentRef,
  findDocumentRefs,
  type NumberOnlyCitation,
  type ReferenceScan,
  scanDocumentRefs,
  type TextPart,
} from "./scan.js";
export { documentRefSchema } from "./schema.js";
export { DOCUMENT_FAMILIES, type DocumentFamily, type DocumentRef } from "./shapes.js";
