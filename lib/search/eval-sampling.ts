import fs from "node:fs/promises";
import path from "node:path";
import type { StoredDoc } from "./store/doc-columns";
import { INDEX_FILES } from "./store/index-format";

/** Shared helpers for the eval and bench scripts: a seeded PRNG and the index's article list. */

/** mulberry32: small, fast, reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** k items of `items` in their original order. */
export function pickOrdered<T>(items: readonly T[], k: number, random: () => number): T[] {
  const idx = new Set<number>();
  while (idx.size < Math.min(k, items.length)) idx.add(Math.floor(random() * items.length));
  return [...idx].sort((a, b) => a - b).map((i) => items[i]!);
}

export async function loadIndexDocs(dir: string): Promise<StoredDoc[]> {
  return JSON.parse(await fs.readFile(path.join(dir, INDEX_FILES.docs), "utf8")) as StoredDoc[];
}

export async function loadVocabulary(dir: string): Promise<[string, number][]> {
  return JSON.parse(await fs.readFile(path.join(dir, INDEX_FILES.vocabulary), "utf8")) as [
    string,
    number,
  ][];
}

/** Total bytes of all files under dir. */
export async function getDirectorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? await getDirectorySize(p) : (await fs.stat(p)).size;
  }
  return total;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
