export {
  auditReport,
  parseReportData,
  ReportDataError,
  type ReportIssue,
  safeParseReportData,
} from "./audit-report.js";
export { type ExtractOptions, extractReport } from "./extract.js";
export { reportSchemaJson } from "./json-schema.js";
export {
  findingSchema,
  type IndicatorValue,
  indicatorValueSchema,
  type ReportClaim,
  type ReportData,
  reportClaimSchema,
  reportDataSchema,
} from "./schema.js";
