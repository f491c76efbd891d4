/** One entry of {@link FINDING_CODES}. */
export interface FindingCodeInfo {
  /** `thrown`: the code of a {@link BaocaoError}, not of a finding. */
  readonly severity: "thrown";
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * The codes of the findings module: the acceptance file's error (the findings a validator has
 * accepted, see `parseAcceptance`).
 *
 * @example
 * ```ts
 * import { FINDING_CODES } from "baocao";
 *
 * FINDING_CODES.ACCEPTANCE_INVALID.severity; // "thrown"
 * ```
 */
export const FINDING_CODES = {
  ACCEPTANCE_INVALID: {
    severity: "thrown",
    en: "An acceptance file that does not match its schema (baocao/acceptance.schema.json).",
    vi: "Tệp chấp nhận không đúng lược đồ (baocao/acceptance.schema.json).",
  },
} as const satisfies Record<string, FindingCodeInfo>;

/** A code of the findings module. */
export type FindingCode = keyof typeof FINDING_CODES;
