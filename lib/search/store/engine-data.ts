import type { DocColumns } from "./doc-columns";
import type { DocStore } from "./doc-store";
import type { TermMatcher } from "../match/match-terms";
import type { SearchMeta } from "./index-format";
import type { TextStore } from "./text-store";
import type { FieldLengths } from "../rank/score";
import type { WordMatcher } from "../match/word-matches";

/** Everything a loaded index holds in memory; built once by loadSearchEngine. */
export interface EngineData {
  meta: SearchMeta;
  docs: DocStore;
  idToDoc: Map<string, number>;
  cols: DocColumns;
  text: TextStore;
  lengths: FieldLengths;
  matcher: TermMatcher;
  /** Whole-word matches through the FlexSearch word index, cached. */
  words: WordMatcher;
  /** Near-duplicate group of each doc (index into `groups`), or -1. */
  groupOf: Int32Array;
  groups: number[][];
  /** [normalised term, doc count], sorted by term. */
  vocabulary: [string, number][];
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
