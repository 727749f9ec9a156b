import { seededRandom } from "../../lib/search/eval-sampling";

/** Seeded (see seededRandom) so the query set is identical on every run and machine. */

export type Random = () => number;

export const createRandom: (seed: number) => Random = seededRandom;

export function randomInt(random: Random, min: number, maxInclusive: number): number {
  return min + Math.floor(random() * (maxInclusive - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** `n` distinct items (all of them when there are fewer). */
export function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  return shuffle(random, items).slice(0, n);
}

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
