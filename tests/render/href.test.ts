import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relativeHref } from "../../src/render/href.js";

// Where the index stands; every link is resolved from it as a browser would (WHATWG URL).
const INDEX = "file:///srv/audit/index.html";
const resolve = (href: string) => new URL(href, INDEX);

describe("relativeHref", () => {
  it("keeps plain names and folders, and encodes the rest of each name", () => {
    expect(relativeHref("xa-b.html")).toBe("xa-b.html");
    expect(relativeHref("reports/xa-b.html")).toBe("reports/xa-b.html");
    expect(relativeHref("../other/a.html")).toBe("../other/a.html");
    expect(relativeHref("a #1.html")).toBe("a%20%231.html");
    expect(relativeHref("100%.html")).toBe("100%25.html");
    expect(relativeHref("what?.html")).toBe("what%3F.html");
    expect(relativeHref("xã Đông.html")).toBe("x%C3%A3%20%C4%90%C3%B4ng.html");
  });

  it("brings every name back to its file, once resolved", () => {
    for (const name of ["a #1.html", "100%.html", "what?.html", "xã Đông.html", "a%20b.html"]) {
      const url = resolve(relativeHref(name) ?? "");
      expect(decodeURIComponent(url.pathname)).toBe(`/srv/audit/${name}`);
      expect(url.search + url.hash).toBe("");
    }
  });

  it("turns would-be schemes, hosts and controls into harmless relative paths", () => {
    for (const hostile of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "\u0001javascript:alert(1)",
      " javascript:alert(1)",
      "\u0000javascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "\\\\evil.example\\share",
      "\\/evil.example",
      "http:evil",
    ]) {
      const href = relativeHref(hostile);
      expect(href, hostile).toMatch(/^[A-Za-z0-9\-._~!'()*%/]+$/);
      const url = resolve(href ?? "");
      expect(url.protocol, hostile).toBe("file:");
      expect(url.host, hostile).toBe("");
      expect(decodeURIComponent(url.pathname).startsWith("/srv/audit/"), hostile).toBe(true);
    }
  });

  it("gives no link for what is not a relative file path", () => {
    for (const none of [
      "",
      "/etc/passwd",
      "//evil.example/x",
      "https://evil.example/",
      "a//b.html",
      "folder/",
      3,
      null,
    ]) {
      expect(relativeHref(none), String(none)).toBeUndefined();
    }
  });

  it("never throws and never leaves the index's machine, whatever the path", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("..", ".", ":", "\\")), {
          maxLength: 4,
        }),
        (parts) => {
          const path = parts.join("/");
          const href = relativeHref(path);
          if (href === undefined) return;
          expect(href).toMatch(/^(?!\/)[A-Za-z0-9\-._~!'()*%/]+$/);
          const url = resolve(href);
          expect(url.protocol).toBe("file:");
          expect(url.host).toBe("");
          expect(url.search + url.hash).toBe("");
          // Without dot steps the link leads to the very path given.
          if (!parts.some((p) => p === "." || p === "..") && !/[\uD800-\uDFFF]/.test(path)) {
            expect(decodeURIComponent(url.pathname)).toBe(`/srv/audit/${path}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
