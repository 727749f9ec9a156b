import type { RegionPath } from "../article";
import { loadAliasIndex } from "./alias-index";
import { NATIONWIDE, loadGazetteer, toPlacePath, type Place } from "./gazetteer";

/**
 * The region path for a place name given by a record (e.g. its `province` field: "湖北省", "香港",
 * "全国"). Full names are tried first, then rule-derived short names; the highest level wins, and a
 * name that still denotes places in several provinces gives null.
 */
export function toRegionPath(name: string): RegionPath | null {
  const key = name.trim();
  if (key === "") return null;
  if (key === "全国" || key === "中国") return NATIONWIDE;
  const exact = loadGazetteer().places.filter((p) => p.name === key);
  const index = loadAliasIndex();
  const i = index.aliases.indexOf(key);
  const candidates: Place[] = exact.length > 0 ? exact : i >= 0 ? (index.places[i] ?? []) : [];
  if (candidates.length === 0) return null;
  const topLevel = Math.min(...candidates.map((p) => p.level));
  const top = candidates.filter((p) => p.level === topLevel);
  const [first] = top;
  if (!first || new Set(top.map((p) => p.provinceCode)).size > 1) return null;
  return toPlacePath(first);
}
