import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { USER_DICT_PATH } from "./segment";
import { StringNumberTable, StringTable } from "./string-table";

/**
 * jieba's own dictionaries, read in JavaScript so that one accurate cut per text gives everything
 * else jieba would compute with more cuts: the dictionary words (for search mode's sub-words), and
 * the IDF table and stop words of its TF-IDF keyword extractor. The files are nodejieba's
 * defaults plus the project's user dictionary, as `load()` in segment.ts gives jieba.
 */

export interface JiebaTables {
  /** The two- and three-character words of jieba's dictionary and the user dictionary: the only
   * lengths search mode looks up (about 100,000 of the dictionary's 349,000 words are not). */
  words: StringTable;
  idf: StringNumberTable;
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

/** What String.prototype.trim removes. */
const TRIMMED = /\s/;

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) n++;
  return n;
}

/** Code points in text[start, end), counted up to `cap`. */
function codePoints(text: string, start: number, end: number, cap: number): number {
  let n = 0;
  for (let i = start; i < end && n < cap; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return n;
}

/** Adds the first space-separated column of each line of `text`, trimmed, if it is two or three
 * characters long (scanning with indexOf, making no strings). */
function addShortWords(text: string, into: StringTable): void {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const space = text.indexOf(" ", at);
    let s = at;
    let e = space >= 0 && space < end ? space : end;
    while (s < e && TRIMMED.test(text[s]!)) s++;
    while (e > s && TRIMMED.test(text[e - 1]!)) e--;
    const chars = codePoints(text, s, e, 4);
    if (chars === 2 || chars === 3) into.add(text, s, e);
    at = end + 1;
  }
}

export function getJiebaTables(): JiebaTables {
  if (tables) return tables;
  const dir = dictDir();
  const dict = fs.readFileSync(path.join(dir, "jieba.dict.utf8"), "utf8");
  const user = fs.readFileSync(USER_DICT_PATH, "utf8");
  const words = new StringTable(lineCount(dict) + lineCount(user));
  addShortWords(dict, words);
  addShortWords(user, words);
  const idfText = fs.readFileSync(path.join(dir, "idf.utf8"), "utf8");
  const idf = new StringNumberTable(lineCount(idfText));
  let sum = 0;
  let count = 0;
  for (let at = 0; at < idfText.length;) {
    let end = idfText.indexOf("\n", at);
    if (end < 0) end = idfText.length;
    const space = idfText.indexOf(" ", at);
    if (space > at && space < end) {
      const n = Number(idfText.slice(space + 1, end));
      idf.set(idfText, at, space, n);
      sum += n;
      count++;
    }
    at = end + 1;
  }
  const stopWords = new Set(lines(path.join(dir, "stop_words.utf8")).filter((w) => w !== ""));
  tables = { words, idf, idfAverage: count ? sum / count : 0, stopWords };
  return tables;
}
