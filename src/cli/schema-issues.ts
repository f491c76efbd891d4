import type { z } from "zod";
import { UsageError } from "./args.js";
import { join, same, type Text, text } from "./i18n.js";

// A config or acceptance file that does not fit its schema is refused with one line in the run's
// language. zod words its issues in English ("Unrecognized key", "Invalid option"), and its own
// Vietnamese locale leaves the types in English ("mong đợi string"), so each issue code is said
// here in a short phrase of each language, with the key's path and, where it helps, what was found.

/** A JSON value's kind, as a person would name it. */
const KINDS: Readonly<Record<string, Text>> = {
  string: text("chuỗi", "a string"),
  number: text("số", "a number"),
  int: text("số nguyên", "a whole number"),
  boolean: text("true hoặc false", "true or false"),
  object: text("đối tượng { … }", "an object { … }"),
  array: text("mảng [ … ]", "an array [ … ]"),
  null: text("null", "null"),
};

/** Fields whose form is a pattern: what the pattern asks for, in words. */
const FORMS: Readonly<Record<string, Text>> = {
  fingerprint: text(
    "cần 64 chữ số thập lục phân viết thường",
    "expected 64 lowercase hexadecimal digits",
  ),
  code: text(
    "cần một mã phát hiện như PERCENT_INCONSISTENT",
    "expected a finding code such as PERCENT_INCONSISTENT",
  ),
};

/** What a JSON value is: a key of {@link KINDS}. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const kind = (name: string): Text => KINDS[name] ?? same(name);

/** The value at an issue's path in the data, or undefined when it is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as the file shows it (strings quoted), cut short when long. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** A bound of too_small / too_big: "at least 1", "at most 40 characters", in each language. */
function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, found: unknown): Text {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const strict = issue.inclusive === false;
  if (issue.origin === "string" && small && limit === 1 && !strict)
    return text("không được để trống", "must not be empty");
  const units: Readonly<Record<string, Text>> = {
    string: text(" ký tự", limit === 1 ? " character" : " characters"),
    array: text(" phần tử", limit === 1 ? " item" : " items"),
  };
  const unit = units[issue.origin];
  const vi = small
    ? strict
      ? "phải lớn hơn"
      : "cần ít nhất"
    : strict
      ? "phải nhỏ hơn"
      : "nhiều nhất";
  const verb = unit ? "must have" : "must be";
  const en = `${verb} ${small ? (strict ? "more than" : "at least") : strict ? "less than" : "at most"}`;
  const value = unit ? same("") : join([text(" (nhận được ", " (got "), shown(found), ")"]);
  return join([text(vi, en), ` ${limit}`, unit ?? same(""), value]);
}

/**
 * One zod issue in a short phrase of each language: an unknown key, a value of the wrong type
 * (or missing), a value not among those allowed, too short, too long, not in the expected form.
 *
 * @param issue - the issue
 * @param data - the data checked (to say what was found)
 * @returns the phrase, without the path
 */
function phrase(issue: z.core.$ZodIssue, data: unknown): Text {
  const found = valueAt(data, issue.path);
  const got = (value: unknown) => join([text(" (nhận được ", " (got "), shown(value), ")"]);
  switch (issue.code) {
    case "unrecognized_keys": {
      const keys = issue.keys.join(", ");
      if (issue.path.at(-1) === "codes")
        return text(`không có mã phát hiện ${keys}`, `no finding code ${keys}`);
      return issue.keys.length === 1
        ? text(`khóa không có trong lược đồ: ${keys}`, `unknown key ${keys}`)
        : text(`các khóa không có trong lược đồ: ${keys}`, `unknown keys ${keys}`);
    }
    case "invalid_type":
      if (found === undefined)
        return join([text("thiếu (cần ", "missing (expected "), kind(issue.expected), ")"]);
      return join([
        text("cần ", "expected "),
        kind(issue.expected),
        // A number, a string or a boolean is shown as written; an object or an array is named.
        typeof found === "object" && found !== null
          ? join([text(", nhận được ", ", got "), kind(kindOf(found))])
          : got(found),
      ]);
    case "invalid_value": {
      const values = issue.values.map((v) => (typeof v === "string" ? v : shown(v))).join(", ");
      const allowed =
        issue.values.length === 1
          ? text(`phải là ${values}`, `must be ${values}`)
          : text(`phải là một trong ${values}`, `must be one of ${values}`);
      return join([allowed, got(found)]);
    }
    case "too_small":
    case "too_big":
      return bound(issue, found);
    case "invalid_format": {
      const field = issue.path.at(-1);
      const form = typeof field === "string" ? FORMS[field] : undefined;
      return join([
        form ?? text("không đúng dạng yêu cầu", "not in the expected form"),
        got(found),
      ]);
    }
    default:
      return text("giá trị không hợp lệ", "not a valid value");
  }
}

/**
 * Every issue of a schema check, each with its path, in one line of each language:
 * `failOn: phải là một trong error, warning, info, never (nhận được "fatal"); (gốc): khóa không
 * có trong lược đồ: colour`.
 *
 * @param issues - the issues zod found
 * @param data - the data checked
 * @returns the issues, joined by "; "
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): Text {
  const parts = issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return join([path === "" ? text("(gốc)", "(root)") : path, ": ", phrase(issue, data)]);
  });
  return text(parts.map((p) => p.vi).join("; "), parts.map((p) => p.en).join("; "));
}

/** What a schema's `safeParse` gives, classic zod or zod/mini alike. */
type SafeParse<T> = (
  data: unknown,
) =>
  | { success: true; data: T }
  | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };

/**
 * A JSON file's text read against its schema (a byte-order mark allowed): its data, or a
 * `UsageError` naming the file and each problem in the run's language.
 *
 * @param path - the file, as the user named it
 * @param raw - its text
 * @param schema - the schema it must fit
 * @param schemaName - the shipped JSON Schema's name ("config.schema.json")
 * @returns the parsed data
 */
export function parseJsonFile<T>(
  path: string,
  raw: string,
  schema: { safeParse: SafeParse<T> },
  schemaName: string,
): T {
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      text(`${path}: không phải JSON hợp lệ (${why})`, `${path}: not valid JSON (${why})`),
    );
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    join([
      text(
        `${path} không đúng lược đồ (baocao/${schemaName}): `,
        `${path} does not fit its schema (baocao/${schemaName}): `,
      ),
      describeIssues(parsed.error.issues, data),
    ]),
  );
}
