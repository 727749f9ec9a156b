import { describe, expect, it } from "vitest";
import { StringNumberTable, StringTable } from "../lib/text/string-table";

describe("the compact string tables jieba's dictionaries live in", () => {
  it("finds exactly the words added, as a Set would", () => {
    const text = "联防联控 复工复产\n党支部\t𠀋𠀋 中国";
    const table = new StringTable(10);
    const set = new Set<string>();
    for (const [s, e] of [
      [0, 4],
      [5, 9],
      [10, 13],
      [14, 18],
      [19, 21],
      [0, 4], // a repeat is one key
    ] as const) {
      table.add(text, s, e);
      set.add(text.slice(s, e));
    }
    expect(table.size).toBe(set.size);
    for (const w of set) expect(table.has(w)).toBe(true);
    for (const w of ["联防", "联防联控 ", "", "党支", "𠀋", "中", "中国人"])
      expect(table.has(w)).toBe(false);
  });

  it("keeps the last number set for a word, as a Map would", () => {
    const text = "人民 1.5\n人民 2.25\n政府 3";
    const idf = new StringNumberTable(3);
    idf.set(text, 0, 2, 1.5);
    idf.set(text, 7, 9, 2.25);
    idf.set(text, 15, 17, 3);
    expect(idf.size).toBe(2);
    expect(idf.get("人民")).toBe(2.25);
    expect(idf.get("政府")).toBe(3);
    expect(idf.get("人")).toBeUndefined();
  });

  it("holds many keys whose hashes collide in a small table", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    const text = words.join(" ");
    const table = new StringTable(words.length);
    let at = 0;
    for (const w of words) {
      table.add(text, at, at + w.length);
      at += w.length + 1;
    }
    expect(words.every((w) => table.has(w))).toBe(true);
    expect(table.has("词5000")).toBe(false);
  });
});
