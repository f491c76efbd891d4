import type { UnitMention } from "./mention-types.js";
import { scanUnitText } from "./scan.js";

/**
 * Finds, in one pass, the administrative units a text names ("huyện Sông Lô", "TP. Huế",
 * "UBND xã Đức Bác", "Tỉnh ủy Cao Bằng"), the counts of units it states ("14 xã và 01 thị trấn",
 * "148 xã, phường, thị trấn", "15 đơn vị hành chính") and its coverage figures
 * ("14/14 xã, thị trấn"). Offsets refer to the text as given, NFC or NFD. Names must be
 * capitalised, as Vietnamese writes them, so "xã hội" or "kinh tế - xã hội" is no mention.
 *
 * @param text - any text
 * @returns the mentions in text order
 * @example
 * ```ts
 * import { findAdministrativeUnits } from "baocao";
 *
 * const [unit, count] = findAdministrativeUnits("UBND huyện Sông Lô có 9 xã.");
 * unit; // { kind: "unit", type: "huyện", name: "Sông Lô", organ: "people's committee", ... }
 * count; // { kind: "count", count: "9", value: 9, types: ["xã"], ... }
 * ```
 */
export function findAdministrativeUnits(text: string): readonly UnitMention[] {
  return scanUnitText(text).mentions.map((m) => m.mention);
}
