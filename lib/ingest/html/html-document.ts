import { createRequire } from "node:module";

// Loaded on the first page, not at import: a thread that only reads record files, or none at all
// (the index run's main thread), is spared its 27 MB.
const require = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | null = null;

/** Elements that never hold article text: scripts, styles, embedded frames, form controls. */
const NON_CONTENT =
  "head, title, script, style, noscript, template, iframe, object, embed, svg, canvas, select, button, input, textarea, link, meta";
/** Inline styles that hide an element from the reader (a hidden 作者 block is not a credit). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Larger than any news page's markup once scripts and styles are gone: parsing it into a DOM
 * would cost hundreds of MB (a 50 MB page: 4 s and 700 MB), so such a page is skipped instead. */
export const MAX_HTML_CHARS = 8_000_000;
const HEAVY_PARTS =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|data:[^"'\s)]{1000,}/gi;

/**
 * The page as it will be parsed: whole when small, without its scripts, styles, comments and
 * inline data URIs when large (they carry no text); null when even that is too large to parse.
 */
export function toParsableHtml(html: string): string | null {
  if (html.length <= MAX_HTML_CHARS) return html;
  const light = html.replace(HEAVY_PARTS, "");
  return light.length <= MAX_HTML_CHARS ? light : null;
}

/**
 * Parses an HTML page into a DOM with linkedom. The declared metadata (`<meta>`, JSON-LD) is read
 * from the document as parsed; `pruneDocument` then removes what a reader never sees.
 */
export function parseHtmlDocument(html: string): Document {
  // linkedom expects one root; a fragment or a page with stray text before <html> still parses.
  linkedom ??= require("linkedom") as typeof import("linkedom");
  return linkedom.parseHTML(html).document;
}

/** Removes non-content and hidden elements in place (comments are never read as text). */
export function pruneDocument(document: Document): void {
  for (const el of document.querySelectorAll(NON_CONTENT)) el.remove();
  for (const el of document.querySelectorAll("[hidden], [style]")) {
    if (el.hasAttribute("hidden") || HIDDEN_STYLE.test(el.getAttribute("style") ?? "")) el.remove();
  }
}
