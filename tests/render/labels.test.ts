// A severity has one name everywhere (issue #19): the page calls each what the CLI's text, JSON
// and --fail-on call it, in both languages, only capitalised as a heading.
import { describe, expect, it } from "vitest";
import { SEVERITY_LABEL } from "../../src/cli/format-text.js";
import { STATUS_LABELS, UI } from "../../src/render/labels.js";

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

describe("the page's names of the severities", () => {
  it("are the CLI's, in Vietnamese and in English", () => {
    for (const severity of ["error", "warning", "info"] as const) {
      for (const lang of ["vi", "en"] as const) {
        expect(STATUS_LABELS[severity][lang], `${severity} ${lang}`).toBe(
          capitalised(SEVERITY_LABEL[lang][severity]),
        );
      }
    }
    // The count cards and the index's columns say the same ("Lỗi", "Thông tin").
    expect(UI.infos.vi).toBe(STATUS_LABELS.info.vi);
    expect(UI.errors.vi).toBe(STATUS_LABELS.error.vi);
    expect(UI.warnings.vi).toBe(STATUS_LABELS.warning.vi);
  });
});
