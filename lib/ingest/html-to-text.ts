import { convert, type HtmlToTextOptions } from "html-to-text";

export interface HtmlText {
  /** Text with one block element per line (blank lines between blocks), entities decoded. */
  text: string;
  /** Text of the first <h1>, else of <title>, whitespace-collapsed; null when neither has text. */
  h1: string | null;
  title: string | null;
}

const SKIP = { format: "skip" } as const;
const BLOCK = { format: "block" } as const;

/** Page text only: no link targets, no image placeholders, no script/style/form noise; table cells
 * become their own lines (scraped Chinese pages often lay out the whole page in tables). */
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", ...SKIP },
    { selector: "script", ...SKIP },
    { selector: "style", ...SKIP },
    { selector: "noscript", ...SKIP },
    { selector: "iframe", ...SKIP },
    { selector: "svg", ...SKIP },
    { selector: "select", ...SKIP },
    { selector: "button", ...SKIP },
    { selector: "input", ...SKIP },
    { selector: "textarea", ...SKIP },
    { selector: "nav", ...SKIP },
    { selector: "table", ...BLOCK },
    { selector: "tr", ...BLOCK },
    { selector: "td", ...BLOCK },
    { selector: "th", ...BLOCK },
    { selector: "ul", ...BLOCK },
    { selector: "ol", ...BLOCK },
    { selector: "li", ...BLOCK },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
  ],
};

function textOf(html: string, selector: string): string | null {
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: [selector], returnDomByDefault: false },
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", ...SKIP },
      { selector, format: "block", options: { uppercase: false } },
    ],
  });
  // Several matches come out as blocks separated by a blank line: keep the first.
  const first = text.split(/\n\s*\n/).find((block) => block.trim()) ?? "";
  return first.replace(/\s+/g, " ").trim() || null;
}

/** Converts an HTML page to plain text (block elements → line breaks, entities decoded). */
export function htmlToText(html: string): HtmlText {
  return {
    text: convert(html, TEXT_OPTIONS),
    h1: textOf(html, "h1"),
    title: textOf(html, "title"),
  };
}
