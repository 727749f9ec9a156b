import { EventLoopPacer } from "../../event-loop-pacer";
import { toDocColumnsPaced, type ColumnSource } from "./doc-columns";
import type { EngineData } from "./engine-data";
import { SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type SearchMeta } from "./index-format";
import type { LoadedSegment } from "./load-segment";
import { groupNearDuplicatesAsync } from "./near-duplicates";
import { docView, SegmentMap, termMatching, textView, wordMatching } from "./segment-views";
import { mergeVocabulary, type VocabularyPart } from "./vocabulary-merge";
import type { Taxonomy } from "../../themes/load-themes";

/**
 * One corpus over the live articles of some segments: the segments' own stores and matchers are
 * shared (mapped to global doc numbers), and what depends on the whole corpus is computed here,
 * over exactly the live articles: columns for filters and facets, field lengths for ranking,
 * near-duplicate groups (a repost added later joins its group), the suggestion vocabulary. It
 * yields to the event loop between steps, so a server composes a new view between requests.
 */

export interface SegmentPart {
  segment: LoadedSegment;
  /** Ids of this segment's articles that were withdrawn or replaced later. */
  deleted: ReadonlySet<string>;
}

export interface ViewInfo {
  createdAt: string;
  starterQueries: readonly string[];
  taxonomy: Taxonomy | null;
}

/** Docs between two points where the work may pause: small, as this code runs once per swap and
 * is seldom optimised (a pause costs a clock read unless the pacer's slice is over). */
const COLUMN_STEP = 256;

async function concatColumns(
  parts: readonly SegmentPart[],
  pacer: EventLoopPacer,
): Promise<ColumnSource> {
  const out: ColumnSource = { ids: [], dates: [], sources: [], regions: [], themes: [] };
  for (const { segment, deleted } of parts) {
    const c = segment.columns;
    for (let d = 0; d < c.ids.length; d++) {
      if (d % COLUMN_STEP === COLUMN_STEP - 1) await pacer.pause();
      const id = c.ids[d]!;
      if (deleted.has(id)) continue;
      out.ids.push(id);
      out.dates.push(c.dates[d] ?? null);
      out.sources.push(c.sources[d] ?? null);
      out.regions.push(c.regions[d] ?? null);
      out.themes.push(c.themes[d] ?? []);
    }
  }
  return out;
}

/** Each global doc number's place in the view, built in steps. */
async function docNumbers(
  ids: readonly string[],
  pacer: EventLoopPacer,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let g = 0; g < ids.length; g++) {
    if (g % COLUMN_STEP === COLUMN_STEP - 1) await pacer.pause();
    out.set(ids[g]!, g);
  }
  return out;
}

/** Each segment's vocabulary with its withdrawn articles, found only where it has deletions. */
function vocabularyParts(parts: readonly SegmentPart[]): VocabularyPart[] {
  return parts.map(({ segment, deleted }) => {
    const withdrawn: VocabularyPart["withdrawn"][number][] = [];
    if (deleted.size > 0)
      segment.columns.ids.forEach((id, d) => {
        if (deleted.has(id))
          withdrawn.push({ title: segment.text.title(d), keywords: segment.docs.get(d).keywords });
      });
    return { vocabulary: segment.vocabulary, withdrawn };
  });
}

export async function composeEngineData(
  parts: readonly SegmentPart[],
  info: ViewInfo,
): Promise<EngineData> {
  const map = new SegmentMap(
    parts.map((p) => p.segment),
    parts.map((p) => p.deleted),
  );
  const n = map.length;
  const single = map.isIdentity ? parts[0]!.segment : null;
  const text = single?.text ?? textView(map);
  const docs = single?.docs ?? docView(map);
  const pacer = new EventLoopPacer();
  await pacer.pause();
  const columns = await concatColumns(parts, pacer);
  const cols = await toDocColumnsPaced(columns, pacer);
  await pacer.pause();
  const titleLengths = new Uint32Array(n);
  const bodyLengths = new Uint32Array(n);
  let titleChars = 0;
  let bodyChars = 0;
  for (let g = 0; g < n; g++) {
    if (g % COLUMN_STEP === COLUMN_STEP - 1) await pacer.pause();
    const seg = map.segment(g);
    const d = map.localOf[g]!;
    titleChars += titleLengths[g] = seg.text.titleLength(d);
    bodyChars += bodyLengths[g] = seg.text.bodyLength(d);
  }
  const groups = await groupNearDuplicatesAsync(pacer, {
    count: n,
    signatures: (g) => map.segment(g).minhash,
    signatureIndex: (g) => map.localOf[g]!,
    length: (g) => bodyLengths[g]!,
    body: (g) => text.body(g),
    date: (g) => columns.dates[g] ?? null,
  });
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((group, i) => group.forEach((g) => (groupOf[g] = i)));
  await pacer.pause();
  const vocabulary = await mergeVocabulary(vocabularyParts(parts), pacer);
  const meta: SearchMeta = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    articleCount: n,
    avgBodyLength: n ? bodyChars / n : 0,
    flexKeys: [],
    createdAt: info.createdAt,
    starterQueries: [...info.starterQueries],
    taxonomy: info.taxonomy,
  };
  return {
    meta,
    docs,
    idToDoc: await docNumbers(columns.ids, pacer),
    cols,
    text,
    lengths: {
      title: titleLengths,
      body: bodyLengths,
      avgTitle: n ? titleChars / n : 0,
      avgBody: meta.avgBodyLength,
    },
    matcher: single?.matcher ?? termMatching(map),
    words: single?.words ?? wordMatching(map),
    groupOf,
    groups,
    vocabulary,
    stamp: new Uint32Array(n),
    mark: { value: 0 },
  };
}
