export { type AuditOptions, type AuditResult, type AuditStats, auditText } from "./audit-text.js";
export type {
  Claim,
  ClaimFigure,
  ClaimKind,
  ClaimStatus,
} from "./claim.js";
export { type PreparedText, prepareText } from "./prepare.js";
export {
  type BreakdownRelationNode,
  evaluateRelation,
  type FigureLookup,
  figuresOf,
  type Relation,
  type RelationFigure,
  type RelationOutcome,
  relationSchema,
} from "./relations.js";
