import type { EventLoopPacer } from "../../event-loop-pacer";
import { segmentWords } from "../../text/segment";
import { buildVocabulary } from "../present/suggest";

/**
 * The suggestion vocabulary of several segments as one: their vocabularies summed, less what
 * their withdrawn articles contributed (only those titles are segmented again). Used when a
 * server composes a view (compose-engine-data.ts) and when a merge writes one segment
 * (merge-segment-files.ts), so both count exactly what a build of the live articles would.
 */

export type Vocabulary = [string, number][];

export interface VocabularyPart {
  vocabulary: Vocabulary;
  /** Normalised titles and keywords of this part's articles that are no longer live. */
  withdrawn: readonly { title: string; keywords: readonly string[] }[];
}

/** Vocabulary entries merged between two points where the work may pause. */
const STEP = 1_000;

/** Two vocabularies (sorted by word) summed, still sorted: a merge, pausing now and then. */
async function mergeCounts(a: Vocabulary, b: Vocabulary, pacer: EventLoopPacer) {
  const out: Vocabulary = [];
  let i = 0;
  let j = 0;
  for (let step = 0; i < a.length || j < b.length; step++) {
    if (step % STEP === 0) await pacer.pause();
    const x = a[i];
    const y = b[j];
    if (x && (!y || x[0] < y[0])) {
      out.push(x);
      i++;
    } else if (y && (!x || y[0] < x[0])) {
      out.push(y);
      j++;
    } else if (x && y) {
      out.push([x[0], x[1] + y[1]]);
      i++;
      j++;
    }
  }
  return out;
}

/** Merged pairwise (each is sorted), not summed in a Map and sorted: that sort was 100-160 ms at once on a server. */
export async function mergeVocabulary(
  parts: readonly VocabularyPart[],
  pacer: EventLoopPacer,
): Promise<Vocabulary> {
  let lists = parts.map((p) => p.vocabulary);
  while (lists.length > 1) {
    const next: Vocabulary[] = [];
    for (let i = 0; i < lists.length; i += 2) {
      const b = lists[i + 1];
      next.push(b ? await mergeCounts(lists[i]!, b, pacer) : lists[i]!);
    }
    lists = next;
  }
  const gone = parts.flatMap((p) => p.withdrawn);
  const merged = lists[0] ?? [];
  if (gone.length === 0) return merged;
  const removed = new Map(
    buildVocabulary(
      gone.map((a) => segmentWords(a.title)),
      gone.map((a) => [...a.keywords]),
    ),
  );
  return merged.flatMap(([w, n]): Vocabulary => {
    const left = n - (removed.get(w) ?? 0);
    return left > 0 ? [[w, left]] : [];
  });
}
