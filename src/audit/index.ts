export { type AuditOptions, type AuditResult, type AuditStats, auditText } from "./audit-text.js";
export {
  CLAIM_KINDS,
  type Claim,
  type ClaimFigure,
  type ClaimKind,
  type ClaimStatus,
} from "./claim.js";
export { type PreparedText, prepareText } from "./prepare.js";
export { relationSchema } from "./relation-schema.js";
export {
  type BreakdownRelationNode,
  evaluateRelation,
  type FigureLookup,
  figuresOf,
  type Relation,
  type RelationFigure,
  type RelationOutcome,
} from "./relations.js";
