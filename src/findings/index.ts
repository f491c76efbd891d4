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
