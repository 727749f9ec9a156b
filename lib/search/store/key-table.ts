/**
 * An open-addressing hash table from u32 keys to dense slot numbers 0, 1, 2, … in insertion
 * order, on typed arrays: the n-gram posting build looks up every gram of every article, and a
 * Map with millions of number keys is several times slower and larger.
 */
export class KeyTable {
  private table: Int32Array;
  private mask: number;
  /** keys[slot] for slot < size. */
  keys: Uint32Array;
  size = 0;

  constructor(capacity = 1 << 16) {
    const cap = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.table = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap >>> 1);
  }

  private static hash(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) ^ (key >>> 13);
  }

  /** Slot of `key`, or -1. */
  get(key: number): number {
    for (let i = KeyTable.hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.table[i]!;
      if (slot < 0 || this.keys[slot] === key) return slot;
    }
  }

  /** Slot of `key`, added if new. */
  add(key: number): number {
    for (let i = KeyTable.hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.table[i]!;
      if (slot >= 0) {
        if (this.keys[slot] === key) return slot;
        continue;
      }
      if (this.size >= this.keys.length) {
        this.grow();
        return this.add(key);
      }
      this.table[i] = this.size;
      this.keys[this.size] = key;
      return this.size++;
    }
  }

  private grow(): void {
    const keys = this.keys.subarray(0, this.size);
    const cap = this.table.length * 2;
    this.table = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    const next = new Uint32Array(cap >>> 1);
    next.set(keys);
    this.keys = next;
    for (let slot = 0; slot < this.size; slot++) {
      let i = KeyTable.hash(next[slot]!) & this.mask;
      while (this.table[i]! >= 0) i = (i + 1) & this.mask;
      this.table[i] = slot;
    }
  }
}
