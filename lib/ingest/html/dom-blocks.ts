/**
 * A DOM → the page's text as blocks in reading order: one block per paragraph-like element (or
 * per <br>-separated line), each knowing how much of its text sits inside links. Every block-level
 * element records the span of blocks it contains, so the main-content scorer can sum a subtree's
 * blocks in O(1) with prefix sums.
 */

export interface DomBlock {
  text: string;
  /** Characters of `text` inside <a> elements. */
  linkChars: number;
  /** Number of <a> elements with text in the block. */
  links: number;
  /** 1–6 inside an <h1>…<h6>, else 0. */
  heading: number;
}

export interface ElementSpan {
  /** Blocks [start, end) lie inside the element. */
  start: number;
  end: number;
}

export interface DomBlocks {
  blocks: DomBlock[];
  spans: ElementSpan[];
}

const BLOCK_TAGS = new Set(
  `ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET
  FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LI MAIN MENU NAV OL P PRE
  SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL`.split(/\s+/),
);
const HEADING = /^H([1-6])$/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Frame {
  node: Node;
  /** Copied once: linkedom builds a fresh list on every childNodes access. */
  children: Node[];
  next: number;
  span: ElementSpan | null;
}

/** `root` is usually the Document itself: saved pages may put elements before or around <html>. */
export function toDomBlocks(root: Node): DomBlocks {
  const blocks: DomBlock[] = [];
  const spans: ElementSpan[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let links = 0;
  let linkDepth = 0;
  let headingDepth: number[] = [];

  const flush = (): void => {
    const text = parts.join("").replace(/\s+/g, " ").trim();
    if (text) {
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        links,
        heading: headingDepth.at(-1) ?? 0,
      });
    }
    parts = [];
    linkChars = 0;
    links = 0;
  };

  // An explicit stack: broken old pages nest unclosed tags thousands deep.
  const rootSpan: ElementSpan = { start: 0, end: 0 };
  spans.push(rootSpan);
  const stack: Frame[] = [{ node: root, children: [...root.childNodes], next: 0, span: null }];
  const enter = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      parts.push(text);
      if (linkDepth > 0) linkChars += text.replace(/\s+/g, "").length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "BR") {
      flush();
      return;
    }
    let span: ElementSpan | null = null;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      span = { start: blocks.length, end: blocks.length };
      spans.push(span);
      const level = HEADING.exec(tag)?.[1];
      if (level) headingDepth = [...headingDepth, Number(level)];
    }
    if (tag === "A") {
      linkDepth++;
      if (el.textContent?.trim()) links++;
    }
    stack.push({ node: el, children: [...el.childNodes], next: 0, span });
  };
  const leave = (frame: Frame): void => {
    const el = frame.node as Element;
    const tag = el.tagName?.toUpperCase();
    if (tag === "A") linkDepth--;
    if (frame.span) {
      flush();
      frame.span.end = blocks.length;
      if (HEADING.test(tag)) headingDepth = headingDepth.slice(0, -1);
    }
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.children[frame.next];
    if (child) {
      frame.next++;
      enter(child);
      continue;
    }
    stack.pop();
    if (stack.length > 0) leave(frame);
  }
  flush();
  rootSpan.end = blocks.length;
  return { blocks, spans };
}
