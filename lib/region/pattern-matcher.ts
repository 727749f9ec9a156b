/**
 * Multi-pattern matching in one pass: a character trie walked from each position, taking the
 * longest pattern that starts there and skipping past it (leftmost-longest, non-overlapping). The
 * walk from a position stops as soon as no pattern continues, so the cost per character is bounded
 * by the longest pattern, not by the number of patterns.
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Index of the pattern ending here, or -1. */
  value: number;
}

export interface PatternMatch {
  start: number;
  end: number;
  /** The value given for the pattern when the matcher was built. */
  value: number;
}

export interface PatternMatcher {
  scan(text: string): PatternMatch[];
}

export function buildPatternMatcher(patterns: ReadonlyMap<string, number>): PatternMatcher {
  const root: TrieNode = { next: new Map(), value: -1 };
  for (const [pattern, value] of patterns) {
    let node = root;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), value: -1 };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = value;
  }

  function scan(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    let i = 0;
    while (i < text.length) {
      let node: TrieNode | undefined = root.next.get(text.charCodeAt(i));
      let bestEnd = -1;
      let bestValue = -1;
      let j = i + 1;
      while (node) {
        if (node.value >= 0) {
          bestEnd = j;
          bestValue = node.value;
        }
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
        j++;
      }
      if (bestEnd > 0) {
        found.push({ start: i, end: bestEnd, value: bestValue });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return found;
  }

  return { scan };
}
