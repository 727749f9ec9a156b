import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { writeManifest, type SegmentEntry } from "../lib/index-dir/index-manifest";
import {
  createBuildDir,
  createSegmentDir,
  finishSegmentDir,
  publishBuildDir,
} from "../lib/index-dir/publish-index-dir";
import { loadSearchEngine, SegmentCache } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import type { SearchEngine } from "../lib/search/store/load-search-engine";
import { testManifest } from "./manifest-fixtures";
import { FIXTURES } from "./search-fixtures";
import { makeTempDir } from "./temp-dirs";

/**
 * An index of several segments with deletions and updates answers exactly as one build of its
 * live articles in the same order: totals, facet counts, the ranked page (scores, snippets and
 * collapsed reposts included), suggestions and related articles.
 */

const DAY = 86_400_000;
const shiftDate = (date: string | null, days: number) =>
  date ? new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10) : null;

/** Three rounds of the fixtures: dates moved, some bodies extended, every fourth a repost. */
const CORPUS: Article[] = [0, 1, 2].flatMap((round) =>
  FIXTURES.map((a, i) => ({
    ...a,
    id: `${a.id}-${round}`,
    date: shiftDate(a.date, round % 3 === 2 && i % 4 === 0 ? 1 : round * 40),
    body: round === 1 && i % 2 ? `${a.body}\n第${round}轮通报：各地继续做好防控。` : a.body,
  })),
);

/** An older version of an article (replaced later: its id is deleted from its segment). */
const oldVersion = (a: Article): Article => ({
  ...a,
  title: `${a.title}（旧）`,
  body: `旧稿：${a.body}`,
});

const QUERIES = [
  "",
  "疫情",
  "防控",
  "稀土",
  "复工复产",
  "社区 -疫情",
  "温州 | 包头",
  '"防控工作"',
  "疫情防控",
  "流感",
];
const FILTERS: Record<string, string>[] = [
  {},
  { region: "内蒙古自治区" },
  { theme: "复工复产" },
  { from: "2020-03-01", to: "2020-06-30" },
  { sort: "newest" },
  { source: "包头日报", sort: "oldest" },
  { dup: "all" },
];

async function writeSegment(
  out: string,
  articles: Article[],
  deleted: string[],
): Promise<SegmentEntry> {
  const { id, tmpDir } = createSegmentDir(out);
  await writeSearchIndex(articles, tmpDir);
  finishSegmentDir(tmpDir);
  return { id, count: articles.length, deleted };
}

function answers(engine: SearchEngine) {
  const out: unknown[] = [];
  for (const q of QUERIES)
    for (const f of FILTERS) {
      const { tookMs: _t, ...response } = engine.search(parseSearchState({ q, ...f }).state);
      out.push(response);
    }
  out.push(engine.suggest("疫", 10), engine.suggest("稀", 10));
  out.push(engine.related(CORPUS[0]!.id, 5), engine.related(CORPUS[13]!.id, 5));
  return out;
}

describe("an index of several segments", () => {
  it("answers as one build of its live articles in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Where each article's segment starts, which are removed, which were updated (an older
        // version of it sits in an earlier segment, deleted).
        fc.array(fc.integer({ min: 1, max: CORPUS.length - 1 }), { maxLength: 3 }),
        fc.subarray(
          CORPUS.map((_, i) => i),
          { maxLength: 6 },
        ),
        fc.subarray(
          CORPUS.map((_, i) => i),
          { maxLength: 6 },
        ),
        async (cuts, removed, updated) => {
          const bounds = [0, ...new Set(cuts.sort((a, b) => a - b)), CORPUS.length];
          const out = `${makeTempDir("segments")}/index`;
          const entries: SegmentEntry[] = [];
          // Older versions first, in a segment of their own that is otherwise removed.
          const olds = updated.map((i) => oldVersion(CORPUS[i]!));
          if (olds.length)
            entries.push(
              await writeSegment(
                out,
                olds,
                olds.map((a) => a.id),
              ),
            );
          for (let s = 0; s + 1 < bounds.length; s++) {
            const part = CORPUS.slice(bounds[s], bounds[s + 1]);
            const gone = part.filter((a) => removed.includes(CORPUS.indexOf(a))).map((a) => a.id);
            entries.push(await writeSegment(out, part, gone));
          }
          const live = CORPUS.filter((_, i) => !removed.includes(i));
          const build = createBuildDir(out, `b${Date.now()}`);
          writeManifest(build, testManifest("segmented", live.length, entries));
          const segmented = await loadSearchEngine(publishBuildDir(out, build), new SegmentCache());
          const singleDir = makeTempDir("single");
          await writeSearchIndex(live, singleDir);
          const single = await loadSearchEngine(singleDir);
          expect(segmented.articleCount).toBe(live.length);
          expect(answers(segmented)).toEqual(answers(single));
          for (const i of removed) expect(segmented.getArticle(CORPUS[i]!.id)).toBeNull();
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
