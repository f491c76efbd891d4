import { createFinding, type Finding } from "../findings/finding.js";
import type { ReferenceCode } from "./codes.js";
import type { IssuerKind } from "./codes-data.js";
import { formatDocumentRef } from "./format.js";
import { type Resolved, resolveCourt, resolveIssuer, resolveType } from "./lookup.js";
import { REFERENCE_SEVERITIES } from "./severities.js";
import type { DocumentRef } from "./shapes.js";

/** The pieces of a reference symbol as the scanner cut them. @internal */
export type SymbolParts =
  | {
      readonly shape: "party";
      readonly number: string;
      /** Spaces before and after the dash, the dash itself. */
      readonly spaceBefore: string;
      readonly dash: string;
      readonly spaceAfter: string;
      readonly type: string;
      /** "/" as it should be, or "-" when the slash was lost. */
      readonly separator: string;
      readonly codes: readonly string[];
    }
  | { readonly shape: "state"; readonly number: string; readonly codes: readonly string[] }
  | {
      readonly shape: "normative";
      readonly number: string;
      readonly year: number;
      readonly codes: readonly string[];
    };

/** A reference read from its symbol, with the deviations from the canonical form. @internal */
export interface ReadSymbol {
  readonly ref: DocumentRef;
  readonly findings: readonly Finding[];
}

const finding = (
  code: ReferenceCode,
  inputs: Record<string, string>,
  message: { vi: string; en: string },
  data?: Record<string, unknown>,
  severity = REFERENCE_SEVERITIES[code],
): Finding => createFinding({ code, severity, message, inputs, data });

const unknown = (
  kind: "type" | "issuer",
  r: Resolved<unknown>,
  written: string,
): Finding | undefined => {
  if (r.status !== "unknown") return undefined;
  const code = kind === "type" ? "REF_UNKNOWN_TYPE" : "REF_UNKNOWN_ISSUER";
  const label =
    kind === "type" ? ["mã loại văn bản", "type code"] : ["mã cơ quan ban hành", "issuer code"];
  const hint = r.suggestion === undefined ? "" : ` (${r.suggestion}?)`;
  return finding(
    code,
    { reference: written, code: r.code },
    {
      vi: `Không có ${label[0]} "${r.code}" trong danh mục${r.suggestion ? `; có thể là "${r.suggestion}"` : ""}.`,
      en: `Unknown ${label[1]} "${r.code}"${hint}.`,
    },
    r.suggestion === undefined ? undefined : { suggestion: r.suggestion },
    r.suggestion === undefined ? "info" : "warning",
  );
};

const caseFinding = (r: Resolved<unknown>, written: string, raw: string): Finding | undefined =>
  r.status === "case" || raw !== r.code
    ? r.status === "unknown"
      ? undefined
      : finding(
          "REF_CODE_FORM",
          { reference: written, code: raw },
          { vi: `Mã "${raw}" viết đúng là "${r.code}".`, en: `"${raw}" is written "${r.code}".` },
          { canonical: r.code },
        )
    : undefined;

const sphereOf = (resolved: readonly Resolved<IssuerKind>[]): "party" | "state" | "mixed" => {
  const spheres = new Set(
    resolved.map((r) => (r.status === "unknown" ? "unknown" : r.info.sphere)),
  );
  if (spheres.size === 1 && spheres.has("party")) return "party";
  if (spheres.size === 1 && spheres.has("state")) return "state";
  return "mixed";
};

/**
 * Reads a reference from the pieces of its symbol: decides the family, canonicalises codes and
 * lists every deviation. Returns undefined when the pieces are not a reference after all (a
 * dash-only form such as "224-KH-TU" is accepted only with a known type and Party issuer).
 *
 * @internal
 * @param parts - the pieces the scanner cut
 * @param written - the symbol as written, for messages
 * @returns the reference and its deviations, or undefined
 */
export function readSymbol(parts: SymbolParts, written: string): ReadSymbol | undefined {
  const findings: Finding[] = [];
  const push = (f: Finding | undefined) => {
    if (f) findings.push(f);
  };
  const codes = parts.codes.map((c) => c.replace(/\s+/gu, ""));
  if (parts.codes.some((c) => /\s/u.test(c))) {
    push(
      finding(
        "REF_SPACING",
        { reference: written },
        { vi: "Có dấu cách trong ký hiệu văn bản.", en: "A space inside the reference." },
      ),
    );
  }
  let ref: DocumentRef;
  if (parts.shape === "normative") {
    const court = resolveCourt(codes.join("-"));
    if (court) {
      if (court.changed) {
        push(
          finding(
            "REF_CODE_FORM",
            { reference: written, code: codes.join("-") },
            {
              vi: `Ký hiệu bản án viết đúng là "${court.code}".`,
              en: `The judgment code is written "${court.code}".`,
            },
            { canonical: court.code },
          ),
        );
      }
      ref = {
        family: "court",
        number: parts.number,
        year: parts.year,
        type: court.code,
        issuers: [],
      };
    } else {
      const first = codes[0] ?? "";
      const asIssuer = resolveIssuer(first);
      const isLaw =
        codes.length === 1 && asIssuer.status !== "unknown" && asIssuer.info.term === true;
      if (codes.length < 2 && !isLaw) return undefined;
      const type = isLaw ? undefined : resolveType(first);
      const issuers = (isLaw ? codes : codes.slice(1)).map(resolveIssuer);
      if (type) {
        push(unknown("type", type, written));
        push(caseFinding(type, written, first));
      }
      issuers.forEach((r, i) => {
        push(unknown("issuer", r, written));
        push(caseFinding(r, written, (isLaw ? codes : codes.slice(1))[i] ?? ""));
      });
      ref = {
        family: "normative",
        number: parts.number,
        year: parts.year,
        ...(type ? { type: type.code } : {}),
        issuers: issuers.map((r) => r.code),
      };
    }
  } else if (parts.shape === "party") {
    const type = resolveType(parts.type);
    const issuers = codes.map(resolveIssuer);
    if (parts.separator !== "/") {
      const only = issuers[0];
      if (type.status === "unknown" || issuers.length !== 1 || only?.status === "unknown")
        return undefined;
      if (only?.info.sphere === "state") return undefined;
      push(
        finding(
          "REF_SLASH_LOST",
          { reference: written },
          {
            vi: 'Thiếu dấu gạch chéo "/" trước cơ quan ban hành.',
            en: 'The "/" before the issuer is missing.',
          },
        ),
      );
    }
    if (parts.spaceBefore !== "" || parts.spaceAfter !== "") {
      push(
        finding(
          "REF_SPACING",
          { reference: written },
          {
            vi: "Có dấu cách quanh gạch nối sau số.",
            en: "Spaces around the dash after the number.",
          },
        ),
      );
    }
    if (parts.dash !== "-") {
      push(
        finding(
          "REF_DASH",
          { reference: written, dash: parts.dash },
          {
            vi: `Dùng "${parts.dash}" thay cho gạch nối "-".`,
            en: `"${parts.dash}" used instead of the hyphen "-".`,
          },
        ),
      );
    }
    push(unknown("type", type, written));
    push(caseFinding(type, written, parts.type));
    issuers.forEach((r, i) => {
      push(unknown("issuer", r, written));
      push(caseFinding(r, written, codes[i] ?? ""));
    });
    const stateShaped = sphereOf(issuers) === "state";
    ref = {
      family: stateShaped ? "administrative" : "party",
      number: parts.number,
      type: type.code,
      issuers: issuers.map((r) => r.code),
    };
    if (stateShaped) {
      push(
        finding(
          "REF_STATE_IN_PARTY_SHAPE",
          { reference: written },
          {
            vi: `Văn bản Nhà nước viết theo mẫu của Đảng; viết đúng: ${formatDocumentRef(ref)}.`,
            en: `A State document in the Party shape; canonical: ${formatDocumentRef(ref)}.`,
          },
          { canonical: formatDocumentRef(ref) },
        ),
      );
    }
  } else {
    const [first = "", ...rest] = codes;
    const type = resolveType(first);
    const restIssuers = rest.map(resolveIssuer);
    const asIssuer = resolveIssuer(first);
    const typed =
      type.status !== "unknown" ||
      (asIssuer.status === "unknown" &&
        restIssuers[0] !== undefined &&
        restIssuers[0].status !== "unknown");
    if (typed) {
      push(unknown("type", type, written));
      push(caseFinding(type, written, first));
      restIssuers.forEach((r, i) => {
        push(unknown("issuer", r, written));
        push(caseFinding(r, written, rest[i] ?? ""));
      });
      const partyShaped = sphereOf(restIssuers.slice(0, 1)) === "party";
      ref = {
        family: partyShaped ? "party" : "administrative",
        number: parts.number,
        type: type.code,
        issuers: restIssuers.map((r) => r.code),
      };
      if (partyShaped) {
        push(
          finding(
            "REF_PARTY_IN_STATE_SHAPE",
            { reference: written },
            {
              vi: `Văn bản của Đảng viết theo mẫu Nhà nước; viết đúng: ${formatDocumentRef(ref)}.`,
              en: `A Party document in the State shape; canonical: ${formatDocumentRef(ref)}.`,
            },
            { canonical: formatDocumentRef(ref) },
          ),
        );
      } else if (
        type.status !== "unknown" &&
        type.info.normative &&
        type.info.state !== undefined
      ) {
        push(
          finding(
            "REF_NORMATIVE_WITHOUT_YEAR",
            { reference: written },
            {
              vi: `${type.info.state} quy phạm pháp luật ghi số kèm năm (số/năm/${type.code}-…); nếu là văn bản cá biệt (như điều chỉnh địa giới) thì có thể không có năm.`,
              en: `A normative ${type.info.state} carries the year in its reference (number/year/${type.code}-…); an individual one (a boundary change, say) may not.`,
            },
          ),
        );
      }
    } else {
      push(unknown("issuer", asIssuer, written));
      push(caseFinding(asIssuer, written, first));
      ref = {
        family: "letter",
        number: parts.number,
        issuers: [asIssuer.code],
        ...(rest.length > 0 ? { unit: rest.join("-") } : {}),
      };
    }
  }
  return { ref, findings };
}
