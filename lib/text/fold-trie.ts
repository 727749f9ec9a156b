import type { DictGroup, DictLike } from "opencc-js";

/**
 * One OpenCC dictionary group as a trie, with opencc-js's own matching rules (longest match from
 * each position, left to right; an ideographic description sequence is skipped whole) and a
 * bitmap of the code units that can start a match, so that the many positions that cannot are
 * passed over with one array read instead of a Map lookup. A range that converts to itself gives
 * `null`, so a caller copies nothing for text that needs no change, which is most text.
 */

interface Node {
  next: Map<number, Node> | null;
  value: string | undefined;
}

const NONE = 0;
const ALWAYS = 1;
const PAIR = 2;
const PAIR_BITS = 1 << 22;

/** A hash of a key's first two code units into the pair filter: collisions only cost a lookup. */
function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) >>> 10;
}

const HIGH_SURROGATE_FIRST = 0xd800;
const LOW_SURROGATE_LAST = 0xdfff;

export class FoldTrie {
  private readonly root = new Map<number, Node>();
  /** Per BMP code unit: NONE, or ALWAYS (a one-character key starts with it, or a surrogate:
   * looked up the slow way), or PAIR (only longer keys: worth a lookup if the pair filter has
   * it and the next unit). Most positions of most text are NONE or fail the pair filter. */
  private readonly starts = new Uint8Array(0x10000);
  private readonly pairs = new Uint32Array(PAIR_BITS / 32);

  constructor(group: DictGroup) {
    // As Trie.loadDictGroup: the first dictionary of a group wins, so it is loaded last.
    for (const dict of [...group].reverse())
      for (const [key, value] of entries(dict)) this.add(key, value);
    this.starts.fill(ALWAYS, HIGH_SURROGATE_FIRST, LOW_SURROGATE_LAST + 1);
    this.anyStart = startPattern(this.starts);
  }

  /** Matches any code unit a key starts with, when those are few enough for one regular
   * expression (a scan in native code): null for a dictionary whose keys start everywhere. */
  private readonly anyStart: RegExp | null;

  /** False when no key can match anywhere in text. */
  mayMatch(text: string): boolean {
    return this.anyStart === null || this.anyStart.test(text);
  }

  private add(key: string, value: string): void {
    let node: Node | undefined;
    for (const ch of key) {
      const map: Map<number, Node> = node ? (node.next ??= new Map()) : this.root;
      const cp = ch.codePointAt(0) ?? 0;
      node = map.get(cp);
      if (!node) map.set(cp, (node = { next: null, value: undefined }));
    }
    if (!node) return;
    node.value = value;
    const first = key.charCodeAt(0);
    if (key.length === 1) this.starts[first] = ALWAYS;
    else {
      if (this.starts[first] === NONE) this.starts[first] = PAIR;
      const bit = pairBit(first, key.charCodeAt(1));
      this.pairs[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** The value of the last matchAt(): read it right after one that did not return 0. */
  matchedValue = "";

  /** The end of the longest key at `at` (before `end`), its value in matchedValue; 0 if none. */
  matchAt(text: string, at: number, end: number): number {
    return this.canStart(text, at, end) ? this.longest(text, at, end) : 0;
  }

  private longest(text: string, at: number, end: number): number {
    let map: Map<number, Node> | null = this.root;
    let found = 0;
    for (let i = at; i < end && map;) {
      const cp = codePointBefore(text, i, end);
      i += cp > 0xffff ? 2 : 1;
      const node = map.get(cp);
      if (!node) break;
      if (node.value !== undefined) {
        found = i;
        this.matchedValue = node.value;
      }
      map = node.next;
    }
    return found;
  }

  /** Whether a key can start at `at` (before `end`): false for most positions, cheaply. */
  private canStart(text: string, at: number, end: number): boolean {
    const kind = this.starts[text.charCodeAt(at)];
    if (kind !== PAIR) return kind === ALWAYS;
    if (at + 1 >= end) return false;
    const bit = pairBit(text.charCodeAt(at), text.charCodeAt(at + 1));
    return (this.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** text[start, end) converted, or null when that is text[start, end) itself. */
  convert(text: string, start: number, end: number): string | null {
    let out: string[] | null = null;
    let copied = start;
    for (let i = start; i < end;) {
      const matchEnd = this.matchAt(text, i, end);
      if (matchEnd === 0) {
        i += skipLength(text, i, end);
        continue;
      }
      const value = this.matchedValue;
      if (value.length !== matchEnd - i || !text.startsWith(value, i)) {
        out ??= [];
        out.push(text.slice(copied, i), value);
        copied = matchEnd;
      }
      i = matchEnd;
    }
    if (!out) return null;
    out.push(text.slice(copied, end));
    return out.join("");
  }
}

const MAX_PATTERN_RANGES = 64;

function startPattern(starts: Uint8Array): RegExp | null {
  const ranges: string[] = [];
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
  for (let code = 0; code < starts.length; code++) {
    if (starts[code] === NONE) continue;
    const first = code;
    while (code + 1 < starts.length && starts[code + 1] !== NONE) code++;
    ranges.push(first === code ? hex(first) : `${hex(first)}-${hex(code)}`);
    if (ranges.length > MAX_PATTERN_RANGES) return null;
  }
  return new RegExp(`[${ranges.join("")}]`);
}

function entries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== "string") return [...dict];
  return dict.split("|").map((entry) => {
    const [key = "", value = ""] = entry.split(" ");
    return [key, value] as const;
  });
}

/** The code point at `at` of text cut off at `end` (a pair split by `end` is two units). */
function codePointBefore(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code < HIGH_SURROGATE_FIRST || code > LOW_SURROGATE_LAST || at + 1 >= end) return code;
  return text.codePointAt(at) ?? code;
}

function codeUnits(text: string, at: number, end: number): number {
  return codePointBefore(text, at, end) > 0xffff ? 2 : 1;
}

/** Operands an ideographic description character takes (U+2FF0–U+2FFF), 0 if it is not one. */
function arity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** The end of the description sequence at `at`, or 0 when there is none or it is cut short. */
function sequenceEnd(text: string, at: number, end: number): number {
  const operands = arity(codePointBefore(text, at, end));
  if (operands === 0) return 0;
  let i = at + codeUnits(text, at, end);
  for (let k = 0; k < operands; k++) {
    if (i >= end) return 0;
    i = sequenceEnd(text, i, end) || i + codeUnits(text, i, end);
  }
  return i;
}

/** How far an unmatched position advances: a whole description sequence, else one character. */
export function skipLength(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  // Most characters: neither a description character nor a surrogate.
  if (code < 0x2ff0 || (code > 0x2fff && code < HIGH_SURROGATE_FIRST)) return 1;
  const seqEnd = sequenceEnd(text, at, end);
  return seqEnd > at ? seqEnd - at : codeUnits(text, at, end);
}
