import { LINE_DROP_RULES } from "../clean-rules";
import type { DomBlock, DomBlocks, ElementSpan } from "./dom-blocks";

/**
 * The article's main block, found by measurement rather than by class names: every text block
 * weighs in by its prose (text outside links, with sentence punctuation) minus its link text and a
 * small per-block cost; the element whose blocks sum highest is the main content. Navigation,
 * link lists and footers weigh negative, so the best element is the one that holds the paragraphs
 * and as little chrome as possible (a maximum-weight subtree, after the text/link/punctuation
 * density idea of GeneralNewsExtractor).
 */

const SENTENCE_END = /[。！？!?”」]$/;
const PUNCTUATION = /[，。！？；：、“”‘’「」,.!?;:]/g;
/** Every block costs this much: many short blocks (menus, tag clouds) add up to a loss. */
const BLOCK_COST = 6;
/** A block whose text is mostly links is navigation. */
const MAX_LINK_SHARE = 0.5;
/** Unpunctuated text (menus, labels, headlines) counts for this share of its length. */
const UNPUNCTUATED_WEIGHT = 0.2;
/** An ad box or a "today's picks" table set inside the article must not cut off the paragraphs
 * beyond it: a long paragraph this close past the edge, worth more than the chrome between, joins. */
const BRIDGE = { blocks: 20, minWeight: 100 };

/** Latin letters count a third: an English word of five letters says about what two hanzi say,
 * and English copyright and trademark notices must not outweigh a Chinese post. */
const LATIN = /[A-Za-z]/g;
function visibleLength(text: string): number {
  const compact = text.replace(/\s+/g, "");
  return compact.length - ((compact.match(LATIN)?.length ?? 0) * 2) / 3;
}

export function blockWeight(block: DomBlock): number {
  const chars = visibleLength(block.text);
  if (chars === 0) return 0;
  if (block.linkChars / chars > MAX_LINK_SHARE) return -block.linkChars - BLOCK_COST;
  // Copyright lines, share bars, editor credits…: chrome however punctuated.
  if (LINE_DROP_RULES.some((rule) => rule.test(block.text))) return -chars / 2 - BLOCK_COST;
  const prose = chars - block.linkChars;
  const punctuated = (block.text.match(PUNCTUATION)?.length ?? 0) > 0;
  return (punctuated ? prose : prose * UNPUNCTUATED_WEIGHT) - 2 * block.linkChars - BLOCK_COST;
}

export interface MainContent {
  /** Blocks [start, end) of the main element, edges of chrome trimmed. */
  start: number;
  end: number;
  weights: number[];
}

/** The main element's block range, or null when the page has no prose at all. */
export function findMainContent({ blocks, spans }: DomBlocks): MainContent | null {
  const weights = blocks.map(blockWeight);
  const prefix = [0];
  for (const w of weights) prefix.push(prefix[prefix.length - 1]! + w);
  const sum = (s: ElementSpan): number => prefix[s.end]! - prefix[s.start]!;
  let best: ElementSpan | null = null;
  let bestScore = 0;
  for (const span of spans) {
    const score = sum(span);
    // Spans come in document order, so a descendant follows its ancestor: on a tie the smaller wins.
    const nested = best !== null && span.start >= best.start && span.end <= best.end;
    if (score > bestScore || (nested && score === bestScore)) {
      best = span;
      bestScore = score;
    }
  }
  if (!best) return null;
  let { start, end } = best;
  while (start < end && weights[start]! <= 0) start++;
  // …but a short last sentence ("你期待吗？") is the article's own ending.
  while (end > start && weights[end - 1]! <= 0 && !SENTENCE_END.test(blocks[end - 1]!.text)) end--;
  start = bridge(weights, start, -1);
  end = bridge(weights, end - 1, 1) + 1;
  return { start, end, weights };
}

/** The edge block `from` moved over chrome to any long paragraph just beyond it (step -1: back). */
function bridge(weights: number[], from: number, step: 1 | -1): number {
  let edge = from;
  let gap = 0;
  for (
    let i = edge + step, n = 0;
    i >= 0 && i < weights.length && n < BRIDGE.blocks;
    i += step, n++
  ) {
    const w = weights[i]!;
    if (w >= BRIDGE.minWeight && w > -gap) {
      edge = i;
      gap = 0;
      n = 0;
    } else gap += w;
  }
  return edge;
}
