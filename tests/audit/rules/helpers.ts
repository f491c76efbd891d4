import { auditText } from "../../../src/index.js";

/** The errors and warnings of a text, as `CODE «excerpt»`. */
export function alarms(text: string): string[] {
  return auditText(text)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.code} «${f.span?.excerpt}»`);
}

/** The claims of a kind, as `status [role=figure …]`. */
export function claimsOf(text: string, kind: string): string[] {
  return auditText(text)
    .claims.filter((c) => c.kind === kind)
    .map((c) => `${c.status} [${c.figures.map((f) => `${f.role}=${f.text}`).join(" ")}]`);
}
