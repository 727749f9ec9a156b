import { z } from "zod";
import type { Article } from "../article";
import { toRegionValue } from "../article";

/**
 * Scores extracted articles against a truth file in the format of `../shared/corpus/pages/
 * truth.jsonl` (see its README): every field is one accepted value or a list of them (null
 * included); whitespace is ignored; authors also ignore name separators; the body's start and end
 * must fall within its first and last 60 characters.
 */

const accepted = z.union([z.string(), z.null(), z.array(z.union([z.string(), z.null()]))]);
export const truthRowSchema = z.object({
  file: z.string(),
  title: accepted,
  date: accepted,
  author: accepted,
  source: accepted,
  body_start: z.string(),
  body_end: z.string(),
  region: accepted,
  note: z.string().optional(),
});
export type TruthRow = z.infer<typeof truthRowSchema>;

export const EXTRACTION_FIELDS = [
  "title",
  "date",
  "author",
  "source",
  "body start",
  "body end",
  "region province",
  "region city",
] as const;
export type ExtractionField = (typeof EXTRACTION_FIELDS)[number];

/** How far from the body's start or end the article's first or last sentence may stand. */
const BODY_SLACK = 60;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/g;
const AUTHOR_SEPARATORS = /[、，,;；/&|]/g;

const squash = (s: string): string => s.replace(SPACE, "");
const squashAuthor = (s: string): string => squash(s).replace(AUTHOR_SEPARATORS, "");
const asList = (v: z.infer<typeof accepted>): (string | null)[] => (Array.isArray(v) ? v : [v]);

function matchesOne(
  want: z.infer<typeof accepted>,
  got: string | null,
  key: (s: string) => string = squash,
): boolean {
  const value = got === null || key(got) === "" ? null : key(got);
  return asList(want).some((w) => (w === null ? value === null : key(w) === value));
}

/** Province and city of a "省/市/县" truth value; 全国 is a province-level value of its own. */
function levels(value: string | null): { province: string | null; city: string | null } {
  const [province, city] = value === null ? [] : squash(value).split("/");
  return { province: province ?? null, city: city ?? null };
}

export interface FieldResult {
  field: ExtractionField;
  ok: boolean;
  want: string;
  got: string;
}

const show = (v: z.infer<typeof accepted>): string =>
  asList(v)
    .map((w) => w ?? "∅")
    .join(" · ");
const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Per-field verdicts for one page; region fields only where the truth names that level. */
export function scoreArticle(truth: TruthRow, article: Article | null): FieldResult[] {
  const a = article;
  const body = a ? squash(a.body) : "";
  const startAt = body.indexOf(squash(truth.body_start));
  const endWant = squash(truth.body_end);
  const endAt = body.lastIndexOf(endWant);
  const region = a?.region ? toRegionValue(a.region) : null;
  // The source as the page names it: the alias table's canonical name is a later normalisation.
  const extracted = { ...a, source: a?.sourceOriginal ?? a?.source ?? null };
  const field = (name: "title" | "date" | "author" | "source", key = squash): FieldResult => ({
    field: name,
    ok: matchesOne(truth[name], extracted[name] ?? null, key),
    want: show(truth[name]),
    got: extracted[name] ?? "∅",
  });
  const results: FieldResult[] = [
    field("title"),
    field("date"),
    field("author", squashAuthor),
    field("source"),
    {
      field: "body start",
      ok: startAt >= 0 && startAt <= BODY_SLACK,
      want: truth.body_start,
      got: startAt > 0 ? `at ${startAt}: ${clip(body)}` : clip(body),
    },
    {
      field: "body end",
      ok: endAt >= 0 && endAt + endWant.length >= body.length - BODY_SLACK,
      want: truth.body_end,
      got:
        endAt >= 0
          ? `ends ${body.length - endAt - endWant.length} early: …${body.slice(-60)}`
          : `…${body.slice(-60)}`,
    },
  ];
  const wanted = asList(truth.region).map(levels);
  const got = levels(region);
  // An answer that is one of the accepted values (全国, or null where it is fair) is right at any level.
  const exact = matchesOne(truth.region, region);
  const regionField = (name: "region province" | "region city", ok: boolean): FieldResult => ({
    field: name,
    ok: exact || ok,
    want: show(truth.region),
    got: region ?? "∅",
  });
  if (wanted.some((w) => w.province !== null)) {
    const ok = wanted.some((w) => w.province !== null && w.province === got.province);
    results.push(regionField("region province", ok));
  }
  const cities = wanted.filter((w) => w.city !== null);
  if (cities.length > 0) {
    const ok = cities.some((w) => w.province === got.province && w.city === got.city);
    results.push(regionField("region city", ok));
  }
  return results;
}
