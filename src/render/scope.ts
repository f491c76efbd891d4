import type { Message } from "../findings/finding.js";
import type { UnitOrgan } from "../units/mention-types.js";
import { findReportScope } from "../units/scope.js";
import { unitTypeWord } from "../units/types.js";

const ORGANS: Readonly<Record<UnitOrgan, Message>> = {
  "people's committee": { vi: "UBND", en: "People's Committee" },
  "people's council": { vi: "HĐND", en: "People's Council" },
  "party committee": { vi: "Cấp ủy", en: "Party Committee" },
};

/** "ĐÔNG SƠN HÀ" from a header reads "Đông Sơn Hà"; a name in mixed case is kept. */
function readableName(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toLocaleUpperCase("vi"));
}

/**
 * The reporting unit in words ("UBND huyện Đông Sơn Hà"), or undefined when the text does not
 * say; a failure to read it never stops the page.
 */
export function scopeText(text: string): Message | undefined {
  try {
    const scope = findReportScope(text);
    if (!scope) return undefined;
    const { unit } = scope;
    const organ = unit.organ ? ORGANS[unit.organ] : undefined;
    const word = unitTypeWord(unit.type);
    const name = readableName(unit.name);
    const place = `${word} ${name}`;
    if (unit.organ === "party committee") {
      // "Huyện ủy Đông Sơn Hà", "Tỉnh ủy …": the Party committee is named after its tier.
      const tier = `${word.charAt(0).toLocaleUpperCase("vi")}${word.slice(1)} ủy`;
      return { vi: `${tier} ${name}`, en: `Party Committee, ${place}` };
    }
    return {
      vi: organ ? `${organ.vi} ${place}` : place,
      en: organ ? `${organ.en}, ${place}` : place,
    };
  } catch {
    return undefined;
  }
}
