// The links of the index page are built, not filtered: a page's path is split into segments and
// each segment is percent-encoded whole, so nothing in a name (":", "#", "?", "%", "\", a tab, a
// control character) can make a scheme, a host, a query or a fragment. What comes out can only be
// a relative path; the last check refuses anything else rather than trusting the construction.

/** Characters a built link may hold: unreserved, percent escapes and the path separator. */
const SAFE_LINK = /^(?!\/)[A-Za-z0-9\-._~!'()*%/]+$/;

// A lone surrogate cannot be percent-encoded; a file system would have given U+FFFD for it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A relative link to a file, from its path relative to the page ("reports/xã a #1.html"): the
 * segments between `/` percent-encoded, `.` and `..` kept as path steps. Undefined (no link) for
 * anything that is not a relative path of named segments: an empty path, a leading `/` (absolute),
 * an empty segment (`a//b`, which could read as a host), a trailing `/`, a value not a string.
 *
 * @param path - the file's path relative to the page, as on disk (not URL-encoded)
 * @returns the href, or undefined when there must be no link
 */
export function relativeHref(path: unknown): string | undefined {
  if (typeof path !== "string" || path === "") return undefined;
  const segments = path.split("/");
  if (segments.some((s) => s === "")) return undefined;
  const href = segments
    .map((s) =>
      s === "." || s === ".." ? s : encodeURIComponent(s.replace(LONE_SURROGATE, "\uFFFD")),
    )
    .join("/");
  return SAFE_LINK.test(href) ? href : undefined;
}
