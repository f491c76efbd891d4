import { BaocaoError, kindOf, nonTextInput } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { findDocumentRefs } from "./scan.js";
import type { DocumentRef } from "./shapes.js";

/**
 * Parses one document reference, canonicalising it: the symbol alone ("114 –KL/TW",
 * "25/NQ-TW", "224-KH-TU"), or a whole citation ("Kết luận số 114-KL/TW, ngày 14/7/2015 của
 * Ban Bí thư (khóa XI)"), whose kind word, date, body and term are kept. Never throws. The
 * deviations from the canonical form are not errors: `findDocumentRefs` reports them.
 *
 * Error codes: `REF_EMPTY` (also for a value that is not text), `REF_UNKNOWN_SHAPE` (no
 * reference, or text around it that is not part of the citation; `offset` points at it).
 *
 * @param input - a reference or a citation
 * @returns `{ ok: true, value }` with the reference, or `{ ok: false, error }`
 * @example
 * ```ts
 * import { safeParseDocumentRef } from "baocao";
 *
 * const result = safeParseDocumentRef("Nghị định số 21/2019/NĐ-CP");
 * if (result.ok) console.log(result.value.year, result.value.kind); // 2019 "Nghị định"
 * safeParseDocumentRef("66/70").ok; // false
 * ```
 */
export function safeParseDocumentRef(input: string): Result<DocumentRef> {
  if (typeof input !== "string") {
    return err(
      new BaocaoError(
        "REF_EMPTY",
        `Expected the text of a document reference, got ${kindOf(input)}.`,
        nonTextInput(input),
      ),
    );
  }
  if (input.trim() === "") {
    return err(
      new BaocaoError("REF_EMPTY", "Chưa có số, ký hiệu văn bản (the reference is empty).", input),
    );
  }
  const [first] = findDocumentRefs(input);
  if (first === undefined) {
    return err(
      new BaocaoError(
        "REF_UNKNOWN_SHAPE",
        `"${input}" is not a document reference such as 114-KL/TW, 244/KH-UBND or 04/2015/NĐ-CP.`,
        input,
      ),
    );
  }
  const lead = input.slice(0, first.citation.start);
  const tail = input.slice(first.citation.end);
  if (lead.trim() !== "" || !/^[\s.,;:)]*$/u.test(tail)) {
    const offset =
      lead.trim() !== "" ? input.search(/\S/u) : first.citation.end + tail.search(/[^\s.,;:)]/u);
    return err(
      new BaocaoError(
        "REF_UNKNOWN_SHAPE",
        `"${input}" has text that is not part of one citation (at offset ${offset}).`,
        input,
        offset,
      ),
    );
  }
  return ok(first.ref);
}

/**
 * Parses one document reference like {@link safeParseDocumentRef}, throwing on bad input.
 *
 * @param input - a reference or a citation
 * @returns the canonical reference
 * @throws BaocaoError with a `REF_*` code
 * @example
 * ```ts
 * import { parseDocumentRef } from "baocao";
 *
 * parseDocumentRef("16-CT/TTg").family; // "administrative"
 * parseDocumentRef("5482/UBND-TH").unit; // "TH"
 * ```
 */
export function parseDocumentRef(input: string): DocumentRef {
  return unwrap(safeParseDocumentRef(input));
}
