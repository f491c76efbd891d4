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
export { type AcceptanceFile, findingFingerprint } from "./fingerprint.js";
export { fingerprintFinding } from "./fingerprint-finding.js";
