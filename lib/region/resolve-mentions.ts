import type { Place } from "./gazetteer";
import type { Mention } from "./mentions";

/**
 * Picks the one place each mention denotes. A name shared by several places (龙湾, 鼓楼, 朝阳, 吉林)
 * goes to the candidate whose province, and better its city, is supported by the article's other
 * mentions; without such support the higher level wins (吉林 the province, not the city), and a
 * county name shared by several provinces with no support is dropped. Weak mentions (two-character
 * county names) only count when their province or city is mentioned as well.
 */

export interface ResolvedMention {
  place: Place;
  weight: number;
  inTitle: boolean;
}

function ancestorsOf(mentions: Mention[]): Set<string> {
  const codes = new Set<string>();
  for (const m of mentions) {
    if (m.weak) continue;
    for (const p of m.places) {
      codes.add(p.provinceCode);
      if (p.level === 2 && p.cityCode) codes.add(p.cityCode);
    }
  }
  return codes;
}

function support(candidate: Place, self: Mention, mentions: Mention[]): number {
  let total = 0;
  for (const other of mentions) {
    if (other === self || other.alias === self.alias) continue;
    const sameProvince = other.places.some((p) => p.provinceCode === candidate.provinceCode);
    const sameCity =
      candidate.cityCode !== null && other.places.some((p) => p.cityCode === candidate.cityCode);
    if (sameProvince) total += other.weight;
    if (sameCity) total += other.weight;
  }
  return total;
}

function pick(mention: Mention, mentions: Mention[]): Place | null {
  const [first, ...rest] = mention.places;
  if (!first) return null;
  if (rest.length === 0) return first;
  let best: Place[] = [];
  let bestScore = -1;
  for (const candidate of mention.places) {
    const score = support(candidate, mention, mentions);
    if (score > bestScore) [best, bestScore] = [[candidate], score];
    else if (score === bestScore) best.push(candidate);
  }
  const topLevel = Math.min(...best.map((p) => p.level));
  const top = best.filter((p) => p.level === topLevel);
  const provinces = new Set(top.map((p) => p.provinceCode));
  return provinces.size === 1 ? (top[0] ?? null) : null;
}

export function resolveMentions(mentions: Mention[]): ResolvedMention[] {
  const ancestors = ancestorsOf(mentions);
  const usable: Mention[] = [];
  for (const m of mentions) {
    if (!m.weak) {
      usable.push(m);
      continue;
    }
    const places = m.places.filter(
      (p) => ancestors.has(p.provinceCode) || (p.cityCode !== null && ancestors.has(p.cityCode)),
    );
    if (places.length > 0) usable.push({ ...m, places });
  }
  const out: ResolvedMention[] = [];
  for (const m of usable) {
    const place = pick(m, usable);
    if (place) out.push({ place, weight: m.weight, inTitle: m.inTitle });
  }
  return out;
}
