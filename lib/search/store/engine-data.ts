import type { DocColumns, StoredDoc } from "./doc-columns";
import type { TermMatch } from "../match/match-terms";
import type { SearchMeta } from "./index-format";
import type { FieldLengths } from "../rank/score";
import type { Vocabulary } from "../present/suggest";

/** Article metadata by doc number (a segment's DocStore, or a view over several segments). */
export interface DocView {
  readonly length: number;
  get(d: number): StoredDoc;
}

/** Normalised and original text by doc number (a segment's TextStore, or a view over several). */
export interface TextView {
  title(d: number): string;
  body(d: number): string;
  originalBody(d: number): string;
}

export interface TermMatching {
  /** All docs containing the normalised term verbatim in title or body. */
  match(term: string): TermMatch;
}

export interface WordMatching {
  /** Ascending doc numbers where the normalised term is whole words. */
  docs(term: string): Uint32Array;
}

/**
 * Everything a loaded index holds in memory, over the live articles of all its segments numbered
 * 0..n−1 in segment order (compose-engine-data.ts): every stage sees one corpus, the same one a
 * single build of those articles in that order would give.
 */
export interface EngineData {
  meta: SearchMeta;
  docs: DocView;
  idToDoc: Map<string, number>;
  cols: DocColumns;
  text: TextView;
  lengths: FieldLengths;
  matcher: TermMatching;
  /** Whole-word matches through the FlexSearch word index, cached. */
  words: WordMatching;
  /** Near-duplicate group of each doc (index into `groups`), or -1. */
  groupOf: Int32Array;
  groups: number[][];
  /** Normalised terms, sorted, with their doc counts. */
  vocabulary: Vocabulary;
  /** Scratch space for set marks, one slot per doc (see nextMark). */
  stamp: Uint32Array;
  mark: { value: number };
}

/** A fresh mark value for `stamp`, so marking a set needs no clearing. */
export function nextMark(data: EngineData): number {
  if (++data.mark.value === 0xffffffff) {
    data.stamp.fill(0);
    data.mark.value = 1;
  }
  return data.mark.value;
}
