import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { USER_DICT_PATH } from "./segment";

/**
 * jieba's own dictionaries, read in JavaScript so that one accurate cut per text gives everything
 * else jieba would compute with more cuts: the dictionary words (for search mode's sub-words), and
 * the IDF table and stop words of its TF-IDF keyword extractor. The files are nodejieba's
 * defaults plus the project's user dictionary, as `load()` in segment.ts gives jieba.
 */

export interface JiebaTables {
  /** The two- and three-character words of jieba's dictionary and the user dictionary: the only
   * lengths search mode looks up (about 100,000 of the dictionary's 349,000 words are not). */
  words: Set<string>;
  idf: Map<string, number>;
  /** What cppjieba gives a word missing from the IDF table: the table's mean. */
  idfAverage: number;
  stopWords: Set<string>;
}

const require = createRequire(import.meta.url);
let tables: JiebaTables | null = null;

function dictDir(): string {
  return path.join(path.dirname(require.resolve("nodejieba")), "submodules/cppjieba/dict");
}

function lines(file: string): string[] {
  return fs.readFileSync(file, "utf8").split("\n");
}

/** The first space-separated column of every line (indexOf scanning: ~3× faster than splitting). */
function firstColumn(file: string, into: Set<string>): void {
  const text = fs.readFileSync(file, "utf8");
  for (let at = 0; at < text.length;) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const space = text.indexOf(" ", at);
    const word = text.slice(at, space >= 0 && space < end ? space : end).trim();
    const chars = word.length > 6 ? 7 : Array.from(word).length;
    if (chars === 2 || chars === 3) into.add(word);
    at = end + 1;
  }
}

export function getJiebaTables(): JiebaTables {
  if (tables) return tables;
  const dir = dictDir();
  const words = new Set<string>();
  firstColumn(path.join(dir, "jieba.dict.utf8"), words);
  firstColumn(USER_DICT_PATH, words);
  const idf = new Map<string, number>();
  let sum = 0;
  let count = 0;
  for (const line of lines(path.join(dir, "idf.utf8"))) {
    const space = line.indexOf(" ");
    if (space <= 0) continue;
    const word = line.slice(0, space);
    const n = Number(line.slice(space + 1));
    idf.set(word, n);
    sum += n;
    count++;
  }
  const stopWords = new Set(lines(path.join(dir, "stop_words.utf8")).filter((w) => w !== ""));
  tables = { words, idf, idfAverage: count ? sum / count : 0, stopWords };
  return tables;
}
