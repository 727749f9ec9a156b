/**
 * A set of strings in three typed arrays: their UTF-16 units end to end, where each starts, and an
 * open-addressing hash table over them. jieba's 245,000 dictionary words and 259,000 IDF entries
 * take 84 MB as a JS Set and Map (35 MB live, the rest the heap grown while building them), and
 * every ingestion thread and server worker holds them; this way they take about 8 MB and no
 * string is kept. Keys are added as ranges of a text (no slice is made), looked up as strings.
 */

const EMPTY = 0;

function grow<T extends Uint16Array | Uint32Array | Float64Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const bigger = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  bigger.set(a);
  return bigger;
}

export class StringTable {
  private units = new Uint16Array(1 << 16);
  private starts = new Uint32Array(1 << 12);
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  /** `expected`: about how many keys will be added (the table does not grow its hash slots). */
  constructor(expected: number) {
    let capacity = 1 << 10;
    while (capacity < expected * 2) capacity <<= 1;
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  private slotOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY || this.equals(entry - 1, text, start, end)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private equals(key: number, text: string, start: number, end: number): boolean {
    const from = this.starts[key]!;
    if (this.starts[key + 1]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++)
      if (this.units[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** Adds text[start, end) unless present; returns its key number either way. */
  add(text: string, start: number, end: number): number {
    if (this.size * 2 >= this.slots.length) throw new Error("StringTable: more keys than expected");
    const slot = this.slotOf(text, start, end);
    const found = this.slots[slot]!;
    if (found !== EMPTY) return found - 1;
    const from = this.starts[this.size]!;
    this.units = grow(this.units, from + end - start);
    for (let i = start; i < end; i++) this.units[from + i - start] = text.charCodeAt(i);
    this.starts = grow(this.starts, this.size + 2);
    this.starts[++this.size] = from + end - start;
    this.slots[slot] = this.size;
    return this.size - 1;
  }

  /** The key number of `word`, or -1. */
  find(word: string): number {
    return this.slots[this.slotOf(word, 0, word.length)]! - 1;
  }

  has(word: string): boolean {
    return this.find(word) >= 0;
  }
}

/** A StringTable with a number for each key (the last one set wins, as in a Map). */
export class StringNumberTable {
  private readonly keys: StringTable;
  private values = new Float64Array(1 << 12);

  constructor(expected: number) {
    this.keys = new StringTable(expected);
  }

  get size(): number {
    return this.keys.size;
  }

  set(text: string, start: number, end: number, value: number): void {
    const key = this.keys.add(text, start, end);
    this.values = grow(this.values, key + 1);
    this.values[key] = value;
  }

  get(word: string): number | undefined {
    const key = this.keys.find(word);
    return key < 0 ? undefined : this.values[key];
  }
}
