import type { StoredDoc } from "./doc-columns";

/**
 * Article metadata (StoredDoc, no body) kept as the raw bytes of search-docs.json and parsed one
 * document at a time when a hit, an article page or a related list needs it. The file is a JSON
 * array with one document per line, so it stays plain JSON for other tools while the loader only
 * has to find line ends: parsing all 75k objects up front cost a large share of the load time and
 * left 75k objects on the heap for every full garbage collection to walk.
 */

const NEWLINE = 0x0a;

/** The file body: "[\n" + one JSON document per line, comma-terminated except the last + "\n]\n". */
export function serializeDocs(docs: readonly StoredDoc[]): string {
  return docs.length === 0 ? "[\n]\n" : `[\n${docs.map((d) => JSON.stringify(d)).join(",\n")}\n]\n`;
}

export class DocStore {
  /** Byte offset of each document's line; starts[n] is the offset of the closing "]" line. */
  private readonly starts: Uint32Array;

  constructor(
    private readonly bytes: Buffer,
    count: number,
    name: string,
  ) {
    this.starts = new Uint32Array(count + 1);
    let at = bytes.indexOf(NEWLINE) + 1;
    let found = 0;
    while (at > 0 && at < bytes.length && found <= count) {
      this.starts[found++] = at;
      at = bytes.indexOf(NEWLINE, at) + 1;
    }
    // A truncated or foreign file has the wrong number of lines or no closing bracket.
    if (bytes[0] !== 0x5b || found !== count + 1 || bytes[this.starts[count]!] !== 0x5d) {
      throw new Error(
        `${name}: expected ${count} documents, one per line; rebuild the index with \`npm run index\``,
      );
    }
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(d: number): StoredDoc {
    let end = this.starts[d + 1]! - 1;
    if (this.bytes[end - 1] === 0x2c) end--; // trailing comma
    return JSON.parse(this.bytes.toString("utf8", this.starts[d]!, end)) as StoredDoc;
  }
}
