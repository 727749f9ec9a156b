import { TOKEN_SEPARATOR, type Article } from "../article";
import { extractRegion } from "../region/extract-region";
import { toRegionPath } from "../region/to-region-path";
import {
  cutText,
  cutTextsLater,
  keywordsOf,
  searchTokensOf,
  type CutText,
} from "../text/analyze-text";
import { readerWords } from "../text/segment";
import { SegmenterStopped } from "../text/segmenter-link";
import type { ThemeMatcher } from "../themes/match-themes";
import { toSafeUrl } from "../safe-url";
import { toArticleIdOfNormalized } from "./article-id";
import { toCanonicalSource } from "./source-aliases";
import { IngestReport } from "./ingest-report";
import { stripInvisible } from "./clean-rules-inline";
import { MAX_HTML_CHARS, toParsableHtml } from "./html/html-document";
import { cleanBody, parsePage } from "./parse-page";
import { parseDateValue } from "./parse-date-value";
import type { RawInput } from "./read-inputs";

const KEYWORD_COUNT = 8;
const FALLBACK_TITLE_LENGTH = 30;
/** Longer than any news article: usually a dump or a concatenation worth a look. */
const SUSPICIOUSLY_LONG = 1_000_000;

interface Fields {
  title: string | null;
  body: string;
  date: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  province: string | null;
}

function toFields(input: RawInput, report: IngestReport): Fields | null {
  if (input.kind === "page") {
    const text = input.html ? toParsableHtml(input.text) : input.text;
    if (text === null) {
      const mb = (input.text.length / 1e6).toFixed(1);
      report.skip(
        input.origin,
        "too-large",
        `${mb} M characters of HTML, over ${MAX_HTML_CHARS / 1e6} M without scripts and styles`,
      );
      return null;
    }
    const page = parsePage(text, { html: input.html });
    return { ...page, province: null };
  }
  const r = input.record;
  return {
    title: r.title,
    body: cleanBody(r.text, r.title),
    date: parseDateValue(r.date),
    source: r.source,
    author: null,
    url: r.url,
    province: r.province,
  };
}

/** An input's fields, checked and cleaned: everything of an article but what jieba gives. */
interface PreparedArticle {
  f: Fields;
  title: string;
  body: string;
  url: string | null;
  source: string | null;
  rawSource: string | null;
}

function prepareArticle(input: RawInput, report: IngestReport): PreparedArticle | null {
  const f = toFields(input, report);
  if (!f) return null;
  if (!f.body.trim() && !f.title) {
    report.skip(input.origin, "no-text");
    return null;
  }
  let title = stripInvisible(f.title ?? "").trim();
  if (!title) {
    title = f.body.trim().split("\n")[0]?.slice(0, FALLBACK_TITLE_LENGTH) ?? "";
    report.warn(input.origin, "no-title", `used the first line: ${title}`);
  }
  const body = f.body.trim() ? f.body : title;
  if (body.length > SUSPICIOUSLY_LONG) {
    report.warn(
      input.origin,
      "very-long",
      `${(body.length / 1e6).toFixed(1)} M characters in one article`,
    );
  }
  const url = toSafeUrl(f.url);
  const rawSource = f.source ? stripInvisible(f.source).trim() || null : null;
  const source = rawSource && toCanonicalSource(rawSource);
  return { f, title, body, url, source, rawSource };
}

// One jieba pass per field: keywords, search tokens and region word boundaries all come from it.
function finishArticle(
  input: RawInput,
  p: PreparedArticle,
  cut: CutText,
  themes: ThemeMatcher,
): Article {
  const { f, title, body, source } = p;
  const { title: normTitle, body: normBody, titleWords, bodyWords } = cut;
  const region =
    (f.province ? toRegionPath(f.province) : null) ?? extractRegion({ title, body }, cut);
  return {
    id: toArticleIdOfNormalized({ url: p.url, title: normTitle, body: normBody }),
    title,
    body,
    date: f.date,
    source,
    sourceOriginal: source !== p.rawSource ? p.rawSource : null,
    author: f.author && stripInvisible(f.author),
    url: p.url,
    region,
    themes: themes.match(normTitle, normBody),
    keywords: keywordsOf([...titleWords, "\n", ...bodyWords], KEYWORD_COUNT),
    origin: input.origin,
    tokens: {
      title: searchTokensOf(titleWords).join(TOKEN_SEPARATOR),
      body: searchTokensOf(bodyWords).join(TOKEN_SEPARATOR),
      titleWords: readerWords(titleWords).join(TOKEN_SEPARATOR),
      normalizedTitle: normTitle,
      normalizedBody: normBody,
    },
  };
}

/** Turns one raw input into an enriched article, or reports why it cannot be one. */
export function toArticle(
  input: RawInput,
  themes: ThemeMatcher,
  report: IngestReport,
): Article | null {
  const p = prepareArticle(input, report);
  return p && finishArticle(input, p, cutText(p), themes);
}

/**
 * toArticle of each input, with one segmentation request for the whole batch: on a thread whose
 * jieba is another thread's (segmenter-link.ts), a round trip per article costs more than the cut.
 * An input that fails is reported and skipped; the others are not lost.
 */
export function toArticles(
  inputs: readonly RawInput[],
  themes: ThemeMatcher,
  report: IngestReport,
): (Article | null)[] {
  return startArticles(inputs, themes, report)();
}

/**
 * toArticles in two halves: the inputs are read and their cut asked for now; the returned function
 * finishes them. A thread that starts the next batch before finishing this one keeps working while
 * the segmenter thread cuts (the ingestion threads otherwise wait for every cut).
 */
function startArticles(
  inputs: readonly RawInput[],
  themes: ThemeMatcher,
  report: IngestReport,
): () => (Article | null)[] {
  const unreadable = (input: RawInput, error: unknown) => {
    if (error instanceof SegmenterStopped) throw error;
    report.skip(input.origin, "unreadable", (error as Error).message);
    return null;
  };
  const prepared = inputs.map((input) => {
    try {
      return prepareArticle(input, report);
    } catch (error) {
      return unreadable(input, error);
    }
  });
  const ready = prepared.filter((p): p is PreparedArticle => p !== null);
  let later: (() => CutText[]) | null = null;
  try {
    later = cutTextsLater(ready);
  } catch {
    // One text jieba cannot take must not cost the batch: its inputs are cut one by one below.
  }
  return () => {
    let cuts: CutText[] | null = null;
    try {
      cuts = later?.() ?? null;
    } catch {
      // As above.
    }
    let next = 0;
    return inputs.map((input, i) => {
      const p = prepared[i];
      if (!p) return null;
      const cut = cuts?.[next++];
      try {
        return finishArticle(input, p, cut ?? cutText(p), themes);
      } catch (error) {
        return unreadable(input, error);
      }
    });
  };
}

/** A batch finished by OverlappedBatches: its articles, and its own report's entries. */
export interface FinishedBatch {
  seq: number;
  articles: (Article | null)[];
  report: IngestReport;
}

/**
 * Batches through startArticles, each finished only once the next one has started: its cut runs
 * on the segmenter thread while this thread reads the next batch, and the next one's while it
 * finishes this one. `push` returns the batch before, finished; `push(null)` finishes the last.
 */
export class OverlappedBatches {
  private started: { seq: number; report: IngestReport; finish: () => (Article | null)[] } | null =
    null;

  constructor(private readonly themes: ThemeMatcher) {}

  push(next: { seq: number; inputs: readonly RawInput[] } | null): FinishedBatch | null {
    const previous = this.started;
    const report = new IngestReport();
    this.started = next && {
      seq: next.seq,
      report,
      finish: startArticles(next.inputs, this.themes, report),
    };
    return previous && { seq: previous.seq, articles: previous.finish(), report: previous.report };
  }
}
