// Structured input (a report as data, a units dataset, an indicator) comes from JSON or from a
// JavaScript caller, so it may be anything: nested thousands of levels deep (the schema library
// and every recursive walk after it would overflow the stack), cyclic, or full of getters and
// proxies that throw when read. These helpers read such a value once, without recursion, and
// turn every such case into an issue with its path, as a schema error would be.
import { en } from "zod/locales";
import * as z from "zod/mini";
import { thrownText } from "./errors.js";

/**
 * How deeply arrays and objects may nest in a structured input. A report's deepest part, a
 * breakdown nested by level and then by kind, is a dozen levels; 100 leaves room for any real
 * one and keeps every recursive walk of it far from the stack's limit.
 */
export const MAX_INPUT_DEPTH = 100;

/** One problem of a structured input: where (a path into it) and what. */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The outcome of {@link checkSchema}. */
export type SchemaCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

interface Frame {
  readonly value: object;
  readonly keys: readonly (string | number)[];
  next: number;
}

/** The keys to walk of one container; arrays by index, so no string is made per element. */
function keysOf(value: object): readonly (string | number)[] {
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => i);
  // Binary data is a leaf: its elements are numbers, never structure.
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return [];
  return Object.keys(value);
}

/**
 * Walks a structured input once, depth first and without recursion, and returns the first part
 * that cannot be validated: nesting deeper than `maxDepth` (a cycle nests without end), or a
 * value whose reading throws (a getter, a proxy trap). Undefined when every part can be read.
 *
 * @internal
 * @param input - what the caller passed
 * @param maxDepth - the deepest nesting allowed (default {@link MAX_INPUT_DEPTH})
 * @returns the issue with its path, or undefined
 */
export function unreadablePart(
  input: unknown,
  maxDepth: number = MAX_INPUT_DEPTH,
): InputIssue | undefined {
  const path: (string | number)[] = [];
  const stack: Frame[] = [];
  const enter = (value: unknown): InputIssue | undefined => {
    if (value === null || typeof value !== "object") return undefined;
    if (stack.length >= maxDepth) {
      return {
        path: [...path],
        message: `nested more than ${maxDepth} levels deep (or contains itself)`,
      };
    }
    stack.push({ value, keys: keysOf(value), next: 0 });
    return undefined;
  };
  try {
    const first = enter(input);
    if (first) return first;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      if (frame.next >= frame.keys.length) {
        stack.pop();
        path.pop();
        continue;
      }
      const key = frame.keys[frame.next++] as string | number;
      path.push(key);
      const child = (frame.value as Record<string | number, unknown>)[key];
      const issue = enter(child);
      if (issue) return issue;
      if (child === null || typeof child !== "object") path.pop();
    }
    return undefined;
  } catch (thrown) {
    return { path: [...path], message: `cannot be read: ${thrownText(thrown)}` };
  }
}

// zod/mini loads no locale of its own: its issues would all read "Invalid input". Made on the
// first check, so a program that never validates never carries the messages.
let english: z.core.$ZodErrorMap | undefined;

/**
 * Validates a structured input against a zod schema without ever throwing: a part nested too
 * deep or that throws when read is an issue with its path (see {@link unreadablePart}), and so
 * is anything the schema itself throws on (a getter that throws only when read a second time).
 *
 * @internal
 * @param schema - the zod schema
 * @param input - what the caller passed
 * @returns the parsed value, or every issue with its path
 */
export function checkSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
): SchemaCheck<z.output<S>> {
  const unreadable = unreadablePart(input);
  if (unreadable) return { ok: false, issues: [unreadable] };
  let parsed: ReturnType<typeof z.safeParse<S>>;
  try {
    english ??= en().localeError;
    parsed = z.safeParse(schema, input, { error: english });
  } catch (thrown) {
    return { ok: false, issues: [{ path: [], message: `cannot be read: ${thrownText(thrown)}` }] };
  }
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: issue.message,
    })),
  };
}

/**
 * Reads one property of a caller's object (an options bag) without letting a getter or proxy
 * that throws escape. A holder that is not an object has no properties.
 *
 * @internal
 * @param holder - the caller's object, or anything
 * @param key - the property
 * @returns `{ ok: true, value }`, or `{ ok: false, message }` when reading threw
 */
export function readProperty(
  holder: unknown,
  key: string,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string } {
  if (holder === null || (typeof holder !== "object" && typeof holder !== "function")) {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: (holder as Record<string, unknown>)[key] };
  } catch (thrown) {
    return { ok: false, message: thrownText(thrown) };
  }
}

/**
 * Whether a caller's flag is exactly `value`, read without letting a getter or proxy that throws
 * escape: a flag that is anything else, or cannot be read, keeps its default. Apart from
 * {@link readProperty} so that a parser with one flag does not carry the messages of values
 * that cannot be read.
 *
 * @internal
 * @param holder - the caller's options, or anything
 * @param key - the flag
 * @param value - the value that sets it (`true` for a flag off by default)
 * @returns true when the flag is exactly `value`
 */
export function flagIs(holder: unknown, key: string, value: boolean): boolean {
  if (holder === null || (typeof holder !== "object" && typeof holder !== "function")) return false;
  try {
    return (holder as Record<string, unknown>)[key] === value;
  } catch {
    return false;
  }
}
