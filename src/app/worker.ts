// The app's worker: reads one file with the command line's own readers (Word through mammoth,
// PDF through PDF.js, TCVN3/VNI text converted) and audits it, off the page's thread. Built as a
// classic script and started from a blob: URL; the Word and PDF packages are put in front of it
// only when such a file is dropped (see src/app/worker-source.ts).

import { ReportReadError } from "../cli/readers/errors.js";
import { readReportBytes } from "../cli/readers/read-bytes.js";
import { auditText, BaocaoError } from "../index.js";
import type { AuditRequest, WorkerReply } from "./protocol.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<AuditRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Reads and audits one file, as `baocao audit` does: the same reader, the same options, the
 * origin of every finding in the original file, and the same notices.
 *
 * @param request - the file and the options
 * @param progress - told when reading ends and auditing starts
 * @returns the reply for the page
 */
export async function auditRequest(
  request: AuditRequest,
  progress: (stage: "reading" | "auditing") => void,
): Promise<WorkerReply> {
  const { id, name } = request;
  try {
    progress("reading");
    const t0 = performance.now();
    const read = await readReportBytes(name, request.bytes);
    const t1 = performance.now();
    progress("auditing");
    let result = auditText(read.text, { rounding: request.rounding });
    if (result.reportDate === undefined && request.fallbackDate)
      result = auditText(read.text, {
        rounding: request.rounding,
        reportDate: request.fallbackDate,
      });
    const t2 = performance.now();
    const notices = [...read.notices];
    if (read.text.trim() === "")
      notices.push({
        vi: "tệp không có chữ: không có gì để kiểm tra",
        en: "the file has no text: nothing was audited",
      });
    const origins = result.findings.map((f) => (f.span ? read.origin(f.span.start) : null));
    return {
      id,
      type: "done",
      text: read.text,
      result,
      origins,
      notices,
      format: read.format,
      timing: { read: t1 - t0, audit: t2 - t1 },
    };
  } catch (error) {
    if (error instanceof ReportReadError)
      return { id, type: "failed", code: error.code, reason: error.text };
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof BaocaoError ? "OPTION_REFUSED" : "AUDIT_FAILED";
    return { id, type: "failed", code, reason: { vi: message, en: message } };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  const progress = (stage: "reading" | "auditing") =>
    scope.postMessage({ id: request.id, type: "progress", stage });
  void auditRequest(request, progress).then((reply) => scope.postMessage(reply));
};
