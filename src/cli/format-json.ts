import type { AuditedFile } from "./format-text.js";

/**
 * The JSON output: one object per file (an array when several), with findings flattened to
 * `{ code, severity, message, line, column, start, end, excerpt, data }` in the chosen language.
 *
 * @param files - audited inputs
 * @param lang - language of the messages
 * @returns JSON text
 */
export function formatJson(files: readonly AuditedFile[], lang: "vi" | "en"): string {
  const objects = files.map((f) => jsonObject(f, lang));
  return `${JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2)}\n`;
}

/**
 * One file's object of the JSON output.
 *
 * @param audited - the audited file
 * @param lang - language of the messages
 * @returns plain data
 */
export function jsonObject({ file, result, origins, notices }: AuditedFile, lang: "vi" | "en") {
  return {
    file,
    reportDate: result.reportDate?.iso ?? null,
    notices: notices ?? [],
    findings: result.findings.map((f, i) => ({
      code: f.code,
      severity: f.severity,
      message: f.message[lang],
      line: f.span?.line ?? null,
      column: f.span?.column ?? null,
      start: f.span?.start ?? null,
      end: f.span?.end ?? null,
      excerpt: f.span?.excerpt ?? null,
      origin: origins?.[i] ?? null,
      data: { inputs: f.inputs, computed: f.computed, ...(f.data ?? {}) },
    })),
    claims: result.claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      line: c.span.line,
      column: c.span.column,
      start: c.span.start,
      end: c.span.end,
      excerpt: c.span.excerpt,
      section: c.section ?? null,
      explanation: c.explanation[lang],
      indicator: c.indicator ?? null,
      figures: c.figures.map((g) => ({ role: g.role, text: g.text, value: g.value })),
    })),
    stats: result.stats,
  };
}
