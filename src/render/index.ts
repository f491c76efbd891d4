export { escapeHtml } from "./escape.js";
export { type IndexPage, type RenderIndexOptions, renderIndex } from "./index-page.js";
export { type RenderHtmlOptions, renderHtml } from "./page.js";
