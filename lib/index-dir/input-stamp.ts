import { createHash } from "node:crypto";
import path from "node:path";
import type { RawInput } from "../ingest/read-inputs";

/**
 * What an incremental index run compares: an input's key (a page file's path; a record's file and
 * URL, else its line or position) and the hash of its content. An unchanged hash is skipped before
 * any parsing; a known key or article id with a new hash is an update of that article.
 */

/** [input key, content hash (SHA-1, hex)] */
export type InputStamp = [key: string, hash: string];

/** "file:line" or "file#i" (read-inputs.ts origins) → the file. */
function originFile(input: RawInput): string {
  if (input.kind === "page") return input.origin;
  return input.origin.replace(/(?::\d+|#\d+)$/, "");
}

export function inputFile(input: RawInput): string {
  return path.resolve(originFile(input));
}

export function stampInput(input: RawInput): InputStamp {
  const hash = createHash("sha1");
  if (input.kind === "page") {
    hash.update(input.text);
    return [inputFile(input), hash.digest("hex")];
  }
  hash.update(JSON.stringify(input.record));
  const place = input.record.url ?? input.origin.slice(originFile(input).length + 1);
  return [`${inputFile(input)}#${place}`, hash.digest("hex")];
}

/** Whether an input key lies in one of the given files or folders (for --remove). */
export function keyIsUnder(key: string, roots: readonly string[]): boolean {
  const file = key.replace(/#.*$/, "");
  return roots.some((root) => file === root || file.startsWith(root + path.sep));
}
