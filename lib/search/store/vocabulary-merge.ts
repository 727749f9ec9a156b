import type { EventLoopPacer } from "../../event-loop-pacer";
import { segmentWords } from "../../text/segment";
import { buildVocabulary, type Vocabulary, type VocabularyEntries } from "../present/suggest";

/**
 * The suggestion vocabulary of several segments as one: their vocabularies summed, less what
 * their withdrawn articles contributed (only those titles are segmented again). Used when a
 * server composes a view (compose-engine-data.ts) and when a merge writes one segment
 * (merge-segment-files.ts), so both count exactly what a build of the live articles would.
 */

export interface VocabularyPart {
  vocabulary: VocabularyEntries;
  /** Normalised titles and keywords of this part's articles that are no longer live. */
  withdrawn: readonly { title: string; keywords: readonly string[] }[];
}

/** Words merged between two points where the work may pause. */
const STEP = 512;

/**
 * One pass over all lists at once (each is sorted), into a word list and a count array: no
 * [word, count] pair is made per word. Summing pairwise made one for every word of every level,
 * and on a loaded server that garbage cost scavenges of 20-40 ms right after a swap.
 */
export async function mergeVocabulary(
  parts: readonly VocabularyPart[],
  pacer: EventLoopPacer,
): Promise<Vocabulary> {
  const lists = parts.map((p) => p.vocabulary);
  const at = new Uint32Array(lists.length);
  const words: string[] = [];
  const counts = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  for (let step = 0; ; step++) {
    if (step % STEP === 0) await pacer.pause();
    let min: string | null = null;
    lists.forEach((list, k) => {
      const word = list[at[k]!]?.[0];
      if (word !== undefined && (min === null || word < min)) min = word;
    });
    if (min === null) break;
    let count = 0;
    lists.forEach((list, k) => {
      const entry = list[at[k]!];
      if (entry?.[0] !== min) return;
      count += entry[1];
      at[k]!++;
    });
    counts[words.length] = count;
    words.push(min);
  }
  const gone = parts.flatMap((p) => p.withdrawn);
  if (gone.length === 0) return { words, counts: counts.subarray(0, words.length) };
  const removed = new Map(
    buildVocabulary(
      gone.map((a) => segmentWords(a.title)),
      gone.map((a) => [...a.keywords]),
    ),
  );
  let kept = 0;
  for (let i = 0; i < words.length; i++) {
    if (i % STEP === 0) await pacer.pause();
    const left = counts[i]! - (removed.get(words[i]!) ?? 0);
    if (left <= 0) continue;
    words[kept] = words[i]!;
    counts[kept++] = left;
  }
  words.length = kept;
  return { words, counts: counts.subarray(0, kept) };
}
