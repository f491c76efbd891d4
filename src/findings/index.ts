export {
  ACCEPTANCE_FILE_NAME,
  type Acceptance,
  type AcceptedFinding,
  acceptanceSchema,
  acceptanceSchemaJson,
  acceptedEntry,
  acceptedFindingSchema,
  acceptFindings,
  parseAcceptance,
  type Review,
  type ReviewedFinding,
  reviewFindings,
  safeParseAcceptance,
} from "./acceptance.js";
export { FINDING_CODES, type FindingCode, type FindingCodeInfo } from "./codes.js";
export {
  type Checked,
  compareSeverity,
  createFinding,
  type Finding,
  type FindingInit,
  type Message,
  type Severity,
  withSpan,
} from "./finding.js";
export {
  FINGERPRINT_VERSION,
  findingFingerprint,
  fingerprintFile,
  normaliseForFingerprint,
} from "./fingerprint.js";
export { type FingerprintedFinding, fingerprintFinding } from "./fingerprint-finding.js";
