import { toAliases } from "./aliases";
import { loadGazetteer, type Place } from "./gazetteer";
import { buildPatternMatcher, type PatternMatcher } from "./pattern-matcher";

/**
 * Every alias of every gazetteer place, with the places it may denote, and one matcher over all
 * of them. Built once, on first use.
 */

/** Phrases that contain a place alias but are ordinary words; the matcher takes them whole and
 * they denote nothing (长治久安 is not 长治, 共和国 is not 共和县). */
const BLOCKERS = [
  "长治久安",
  "新华社",
  "共和国",
  "金山银山",
  "中山装",
  "孙中山",
  "钟南山",
  "新疆生产建设兵团",
  "北京时间",
  "阿里巴巴",
  "阿里云",
  "吉隆坡",
  "大理石",
];

export interface AliasIndex {
  /** Alias number → places it may denote (empty for blockers). */
  places: Place[][];
  aliases: string[];
  matcher: PatternMatcher;
}

function buildAliasIndex(): AliasIndex {
  const { places: all, byCode } = loadGazetteer();
  const byAlias = new Map<string, Place[]>();
  for (const place of all) {
    const province = byCode.get(`${place.provinceCode}0000`)?.name ?? place.name;
    const city = place.cityCode === null ? null : (byCode.get(`${place.cityCode}00`)?.name ?? null);
    for (const alias of toAliases(place, { province, city })) {
      const list = byAlias.get(alias) ?? [];
      if (!list.includes(place)) list.push(place);
      byAlias.set(alias, list);
    }
  }
  for (const blocker of BLOCKERS) if (!byAlias.has(blocker)) byAlias.set(blocker, []);
  const aliases = [...byAlias.keys()];
  const numbers = new Map(aliases.map((alias, i) => [alias, i]));
  return {
    places: aliases.map((a) => byAlias.get(a) ?? []),
    aliases,
    matcher: buildPatternMatcher(numbers),
  };
}

let cached: AliasIndex | null = null;

export function loadAliasIndex(): AliasIndex {
  cached ??= buildAliasIndex();
  return cached;
}
