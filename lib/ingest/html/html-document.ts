import { parseHTML } from "linkedom";

/** Elements that never hold article text: scripts, styles, embedded frames, form controls. */
const NON_CONTENT =
  "head, title, script, style, noscript, template, iframe, object, embed, svg, canvas, select, button, input, textarea, link, meta";
/** Inline styles that hide an element from the reader (a hidden 作者 block is not a credit). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Parses an HTML page into a DOM with linkedom. The declared metadata (`<meta>`, JSON-LD) is read
 * from the document as parsed; `pruneDocument` then removes what a reader never sees.
 */
export function parseHtmlDocument(html: string): Document {
  // linkedom expects one root; a fragment or a page with stray text before <html> still parses.
  return parseHTML(html).document;
}

/** Removes non-content and hidden elements in place (comments are never read as text). */
export function pruneDocument(document: Document): void {
  for (const el of document.querySelectorAll(NON_CONTENT)) el.remove();
  for (const el of document.querySelectorAll("[hidden], [style]")) {
    if (el.hasAttribute("hidden") || HIDDEN_STYLE.test(el.getAttribute("style") ?? "")) el.remove();
  }
}
