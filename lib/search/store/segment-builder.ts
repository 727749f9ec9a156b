import { TOKEN_SEPARATOR, type Article } from "../../article";
import type { InputStamp } from "../../index-dir/input-stamp";
import { normalizeText } from "../../text/normalize";
import { segmentWords } from "../../text/segment";
import type { Taxonomy } from "../../themes/load-themes";
import { buildVocabulary } from "../present/suggest";
import type { StoredDoc } from "./doc-columns";
import { createFlexIndex } from "./flex-index";
import { buildGramPostings } from "./gram-postings-build";
import { minHashSignatures } from "./near-duplicates";
import { writeSegmentFiles } from "./write-segment-files";

/**
 * One segment, built an article at a time: `add` folds an article into the FlexSearch word index
 * and keeps what the files need (its text, normalised text, title words and metadata, never the
 * ingestion tokens), so articles can stream in while ingestion goes on; `write` adds the MinHash
 * signatures (near-duplicate groups are found over all segments when they are loaded) and the
 * suggestion vocabulary, and writes the folder (write-segment-files.ts). An article repeating an
 * earlier id is skipped.
 */

function splitTokens(joined: string): string[] {
  return joined === "" ? [] : joined.split(TOKEN_SEPARATOR);
}

export class SegmentBuilder {
  private readonly ids = new Set<string>();
  private readonly docs: StoredDoc[] = [];
  private readonly titles: string[] = [];
  private readonly bodies: string[] = [];
  private readonly normTitles: string[] = [];
  private readonly normBodies: string[] = [];
  private readonly titleWords: string[][] = [];
  private readonly inputs: (InputStamp | null)[] = [];
  // Fields segmented at ingestion are looked up, not segmented again.
  private readonly segmented = new Map<string, string[]>();
  private readonly flex = createFlexIndex((text) => this.segmented.get(text));

  add(article: Article, input: InputStamp | null = null): void {
    if (this.ids.has(article.id)) return;
    this.ids.add(article.id);
    const { body: rawBody, tokens, ...doc } = article;
    const title = tokens?.normalizedTitle ?? normalizeText(article.title);
    const body = tokens?.normalizedBody ?? normalizeText(rawBody);
    this.titleWords.push(tokens ? splitTokens(tokens.titleWords) : segmentWords(title));
    if (tokens) {
      this.segmented.set(title, splitTokens(tokens.title));
      this.segmented.set(body, splitTokens(tokens.body));
    }
    this.flex.add({ id: this.docs.length, title, body });
    this.segmented.clear();
    this.docs.push(doc);
    this.titles.push(article.title);
    this.bodies.push(rawBody);
    this.normTitles.push(title);
    this.normBodies.push(body);
    this.inputs.push(input);
  }

  async write(dir: string, taxonomy: Taxonomy | null): Promise<void> {
    const keywords = this.docs.map((d) => d.keywords);
    await writeSegmentFiles(
      dir,
      {
        docs: this.docs,
        titles: this.titles,
        bodies: this.bodies,
        normTitles: this.normTitles,
        normBodies: this.normBodies,
        inputs: this.inputs,
        minhash: minHashSignatures(this.normBodies),
        vocabulary: buildVocabulary(this.titleWords, keywords),
        flex: this.flex,
        grams: {
          title: buildGramPostings(this.normTitles),
          body: buildGramPostings(this.normBodies),
        },
      },
      taxonomy,
    );
  }
}
