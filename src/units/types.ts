/**
 * The tiers of Vietnamese local government, from the top: province level (cấp tỉnh), district
 * level (cấp huyện, abolished on 1/7/2025), commune level (cấp xã) and the villages and street
 * groups below it (thôn, tổ dân phố…), which are not administrative units in law but appear in
 * reports.
 */
export const UNIT_LEVELS = ["province", "district", "commune", "village"] as const;

/** One of {@link UNIT_LEVELS}. */
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * Every type of unit, written as Vietnamese law writes it, with the level it belongs to.
 * "thành phố" names three types: a centrally-run city (thành phố trực thuộc trung ương), a city
 * of a province (thành phố thuộc tỉnh) and a city of a centrally-run city (Thủ Đức).
 */
export const UNIT_TYPE_LEVELS = {
  tỉnh: "province",
  "thành phố trực thuộc trung ương": "province",
  huyện: "district",
  quận: "district",
  "thị xã": "district",
  "thành phố thuộc tỉnh": "district",
  "thành phố thuộc thành phố trực thuộc trung ương": "district",
  xã: "commune",
  phường: "commune",
  "thị trấn": "commune",
  "đặc khu": "commune",
  thôn: "village",
  làng: "village",
  xóm: "village",
  bản: "village",
  ấp: "village",
  "tổ dân phố": "village",
  "khu phố": "village",
  khối: "village",
} as const satisfies Record<string, UnitLevel>;

/** A unit type ("tỉnh", "huyện", "thị trấn", "đặc khu", "tổ dân phố"…). */
export type UnitType = keyof typeof UNIT_TYPE_LEVELS;

/** Every unit type, in the order of {@link UNIT_TYPE_LEVELS}. */
export const UNIT_TYPES = Object.keys(UNIT_TYPE_LEVELS) as readonly UnitType[];

/**
 * The word a type is written with before a name: every "thành phố" type is written "Thành phố".
 *
 * @param type - a unit type
 * @returns the leading word(s) of an official name, lower case ("thành phố", "xã")
 * @example
 * ```ts
 * import { unitTypeWord } from "baocao";
 *
 * unitTypeWord("thành phố trực thuộc trung ương"); // "thành phố"
 * ```
 */
export function unitTypeWord(type: UnitType): string {
  return type.startsWith("thành phố") ? "thành phố" : type;
}
