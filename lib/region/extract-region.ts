import type { RegionPath } from "../article";
import { NATIONWIDE, loadGazetteer, toPlacePath, type Place } from "./gazetteer";
import { isForeignTitle } from "./foreign";
import { findMentions } from "./mentions";
import { cutText, wordBoundariesOf, type CutText } from "../text/analyze-text";
import { scoreNationwide } from "./nationwide";
import { resolveMentions, type ResolvedMention } from "./resolve-mentions";

/**
 * The administrative region an article is about: province › city › county, 全国 for nationwide
 * articles, or null. Candidates are scored by where they are mentioned (title, lead, rest); the
 * province with most support wins, and the path goes down to a city or county only when one of
 * them clearly dominates the evidence inside that province.
 */

/** A lower level is taken when it has at least this share of its parent's support… */
const MIN_SHARE = 0.3;
/** …and at least this many times the support of its runner-up. */
const DOMINANCE = 2;
/** A county needs at least one title mention, or two in the body. */
const MIN_COUNTY_SCORE = 2;

function tally(mentions: ResolvedMention[], key: (p: Place) => string | null): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of mentions) {
    const k = key(m.place);
    if (k !== null) scores.set(k, (scores.get(k) ?? 0) + m.weight);
  }
  return scores;
}

function dominant(scores: Map<string, number>, parentScore: number, minScore = 0): string | null {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < minScore || top[1] < MIN_SHARE * parentScore) return null;
  if (second && top[1] < DOMINANCE * second[1]) return null;
  return top[0];
}

function narrow(
  province: string,
  inProvince: ResolvedMention[],
  provinceScore: number,
): RegionPath | null {
  const { byCode } = loadGazetteer();
  const provincePlace = byCode.get(`${province}0000`);
  if (!provincePlace) return null;
  const cities = tally(inProvince, (p) => p.cityCode);
  const city = dominant(cities, provinceScore);
  // Counties directly under the province (municipality districts) compete at province level.
  const countyPool = inProvince.filter((m) => m.place.cityCode === city);
  const counties = tally(countyPool, (p) => (p.level === 3 ? p.code : null));
  const poolScore = city === null ? provinceScore : (cities.get(city) ?? 0);
  const county = dominant(counties, poolScore, MIN_COUNTY_SCORE);
  const place =
    (county && byCode.get(county)) || (city && byCode.get(`${city}00`)) || provincePlace;
  return toPlacePath(place);
}

/** `cut`: the article's one jieba pass when the caller has made it (ingestion), else made here. */
export function extractRegion(
  input: { title: string; body: string },
  cut: CutText = cutText(input),
): RegionPath | null {
  const { title, body } = cut;
  const boundaries = {
    title: wordBoundariesOf(cut.titleWords, title.length),
    body: wordBoundariesOf(cut.bodyWords, body.length),
  };
  const mentions = resolveMentions(findMentions(title, body, boundaries));
  const nation = scoreNationwide(title, body);
  const totals = tally(mentions, (p) => p.provinceCode);
  const inTitle = tally(
    mentions.filter((m) => m.inTitle),
    (p) => p.provinceCode,
  );
  // The title speaks first; the rest of the text breaks ties.
  const titleOf = (code: string): number => inTitle.get(code) ?? 0;
  const [best] = [...totals.entries()].sort((a, b) => titleOf(b[0]) - titleOf(a[0]) || b[1] - a[1]);
  const titleScore = best ? titleOf(best[0]) : 0;
  if (titleScore === 0 && isForeignTitle(title)) return null;
  if (!best) return nation.total > 0 ? NATIONWIDE : null;
  const [province, score] = best;
  if (nation.title > titleScore) return NATIONWIDE;
  if (nation.title === titleScore && nation.total > score) return NATIONWIDE;
  const inProvince = mentions.filter((m) => m.place.provinceCode === province);
  return narrow(province, inProvince, score);
}
