import * as OpenCC from "opencc-js";
import type { DictGroup } from "opencc-js";
import { FoldTrie, skipLength } from "./fold-trie";

/**
 * Traditional (Taiwan, Hong Kong) to Simplified, exactly as opencc-js's `Converter({ from, to:
 * "cn" })` with its dictionaries, several times faster. Its converter walks the text four times
 * per variant with a Map lookup at every position and copies every phrase into a string of its
 * own: a fifth of ingestion's CPU, on Simplified news that it leaves almost unchanged. The steps
 * are opencc-js's: fold compatibility ideographs, cut the text into phrases with the phrase
 * dictionary, run each phrase through the conversion chain. Two variants in a row share their
 * common dictionaries' tries, and the phrase cut when the first changed nothing. test/to-simplified.test.ts holds it to opencc-js.
 */

export type ConfigName = "tw2s" | "hk2s";

interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictGroup;
  conversionChain: readonly DictGroup[];
}

interface Step {
  normalize: FoldTrie[];
  phrases: FoldTrie;
  chain: FoldTrie[];
}

// Both variants share their compatibility, phrase and character dictionaries: one trie each.
const tries = new Map<string, FoldTrie>();
const dictNumbers = new Map<DictGroup[number], number>();

function trieOf(group: DictGroup): FoldTrie {
  const key = group
    .map((dict) => {
      if (!dictNumbers.has(dict)) dictNumbers.set(dict, dictNumbers.size);
      return dictNumbers.get(dict);
    })
    .join();
  let trie = tries.get(key);
  if (!trie) tries.set(key, (trie = new FoldTrie(group)));
  return trie;
}

function stepOf(name: ConfigName): Step {
  const config = OpenCC.Locale.configs[name] as Config | undefined;
  if (!config) throw new Error(`opencc-js has no ${name} configuration`);
  return {
    normalize: (config.normalizationChain ?? []).map(trieOf),
    phrases: trieOf(config.segmentation),
    chain: config.conversionChain.map(trieOf),
  };
}

/**
 * The conversions `names`, one after the other; `keep(original, converted)` is applied to each
 * result (normalize.ts keeps what would change a character's length).
 */
export function buildToSimplified(
  names: readonly ConfigName[],
  keep: (original: string, converted: string) => string,
): (text: string) => string {
  const steps = names.map(stepOf);
  return (text) => {
    let current = text;
    let cut: { of: string; by: FoldTrie; ends: number[] } | null = null;
    for (const step of steps) {
      let normalized = current;
      for (const trie of step.normalize) {
        if (trie.mayMatch(normalized))
          normalized = trie.convert(normalized, 0, normalized.length) ?? normalized;
      }
      if (!cut || cut.of !== normalized || cut.by !== step.phrases)
        cut = { of: normalized, by: step.phrases, ends: phraseEnds(normalized, step.phrases) };
      current = keep(text, convertEach(normalized, cut.ends, step.chain));
    }
    return current;
  };
}

/** Where Trie.segment would cut text: the end of each phrase and of each run between phrases. */
function phraseEnds(text: string, phrases: FoldTrie): number[] {
  const ends: number[] = [];
  let inRun = false;
  for (let i = 0; i < text.length;) {
    const end = phrases.matchAt(text, i, text.length);
    if (end === 0) {
      inRun = true;
      i += skipLength(text, i, text.length);
      continue;
    }
    if (inRun) ends.push(i);
    inRun = false;
    ends.push(end);
    i = end;
  }
  if (inRun) ends.push(text.length);
  return ends;
}

/** Each piece of text (cut at `ends`) through the chain; text itself when nothing changes. */
function convertEach(text: string, ends: readonly number[], chain: readonly FoldTrie[]): string {
  const out: string[] = [];
  let copied = 0;
  let start = 0;
  for (const end of ends) {
    const converted = convertRange(text, start, end, chain);
    if (
      converted !== null &&
      !(converted.length === end - start && text.startsWith(converted, start))
    ) {
      out.push(text.slice(copied, start), converted);
      copied = end;
    }
    start = end;
  }
  if (out.length === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/** text[start, end) through each trie of the chain in turn, or null when none changes it. */
function convertRange(
  text: string,
  start: number,
  end: number,
  chain: readonly FoldTrie[],
): string | null {
  let current: string | null = null;
  for (const trie of chain) {
    const next: string | null =
      current === null ? trie.convert(text, start, end) : trie.convert(current, 0, current.length);
    if (next !== null) current = next;
  }
  return current;
}
