/** A day as the unit functions accept it: a `Date` (its local calendar day) or `YYYY-MM-DD`. */
export type DayInput = Date | string;

/**
 * Turns a day into `YYYY-MM-DD`, or undefined when it is not a valid day.
 *
 * @param day - a Date (read by its local calendar day) or an ISO day string
 * @returns the ISO day, or undefined
 */
export function toIsoDay(day: DayInput): string | undefined {
  if (typeof day === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(day.trim());
    if (match === null) return undefined;
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.toISOString().slice(0, 10) === `${y}-${m}-${d}` ? `${y}-${m}-${d}` : undefined;
  }
  if (Number.isNaN(day.getTime())) return undefined;
  const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Tells whether a unit with these bounds is in force on a day.
 *
 * @param unit - the unit's validity bounds (inclusive, ISO days)
 * @param day - an ISO day
 * @returns true when `validFrom <= day <= validTo` (absent bounds are open)
 */
export function inForce(
  unit: { readonly validFrom?: string | undefined; readonly validTo?: string | undefined },
  day: string,
): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= day) &&
    (unit.validTo === undefined || day <= unit.validTo)
  );
}
