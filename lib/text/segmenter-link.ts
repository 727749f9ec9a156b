import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { Segmenter, TaggedWord } from "./segment";

/**
 * The synchronous link between a thread and the process's segmenter thread (segmenter-thread.ts):
 * a message port for requests and answers, and a shared flag the caller sleeps on until its answer
 * is there. Synchronous, so that toArticle and everything under it stay plain functions.
 */

export interface SegmenterLink {
  port: MessagePort;
  /** Int32Array over it: [0] 1 when an answer waits, [1] 1 when the segmenter thread is gone. */
  flags: SharedArrayBuffer;
}

export type SegmenterRequest = { op: "cut"; texts: string[] } | { op: "tag"; text: string };

/** A cut as word lengths when the words tile the text (a fraction of the cost of sending
 * strings), else the words themselves. */
export type EncodedCut = Uint32Array | string[];

export type SegmenterAnswer =
  | { op: "cut"; cuts: EncodedCut[] }
  | { op: "tag"; tags: TaggedWord[] }
  | { op: "error"; message: string };

/** The segmenter thread is gone: no input is to blame, so the run fails rather than skip inputs. */
export class SegmenterStopped extends Error {
  constructor() {
    super("the segmenter thread has stopped");
  }
}

export const ANSWER = 0;
export const GONE = 1;

export function encodeCut(text: string, words: string[]): EncodedCut {
  let at = 0;
  for (const w of words) {
    if (!text.startsWith(w, at)) return words;
    at += w.length;
  }
  return at === text.length ? Uint32Array.from(words, (w) => w.length) : words;
}

function decodeCut(text: string, cut: EncodedCut): string[] {
  if (Array.isArray(cut)) return cut;
  const words: string[] = new Array(cut.length);
  let at = 0;
  for (let i = 0; i < cut.length; i++) words[i] = text.slice(at, (at += cut[i]!));
  return words;
}

/** A request sent on the link, with its answer once taken in. */
interface Asked {
  answer: SegmenterAnswer | null;
}

/**
 * A Segmenter whose every call is answered by the segmenter thread at the link's other end. At
 * most one request is out at a time: a new one first takes in the answer of the one before
 * (`cutEachLater`'s), which its reader then finds waiting.
 */
export function linkedSegmenter(link: SegmenterLink): Segmenter {
  const flags = new Int32Array(link.flags);
  let out: Asked | null = null;
  const receive = (): SegmenterAnswer => {
    // A wake-up is only a hint: the notify of the previous answer can arrive late, after this
    // request was sent, so the flag itself says whether the answer is there.
    while (Atomics.load(flags, ANSWER) === 0) {
      if (Atomics.load(flags, GONE) === 1) throw new SegmenterStopped();
      Atomics.wait(flags, ANSWER, 0, 1000);
    }
    const answer = receiveMessageOnPort(link.port)?.message as SegmenterAnswer | undefined;
    if (!answer) throw new Error("the segmenter thread signalled an answer it did not send");
    return answer;
  };
  const send = (request: SegmenterRequest): Asked => {
    if (out && !out.answer) out.answer = receive();
    Atomics.store(flags, ANSWER, 0);
    link.port.postMessage(request);
    return (out = { answer: null });
  };
  const read = (asked: Asked): SegmenterAnswer => {
    // Not taken in yet: it is still the one request out.
    asked.answer ??= receive();
    if (asked.answer.op === "error") throw new Error(`segmenter thread: ${asked.answer.message}`);
    return asked.answer;
  };
  const cuts = (texts: readonly string[], answer: SegmenterAnswer) => {
    if (answer.op !== "cut") throw new Error(`segmenter thread answered ${answer.op} to cut`);
    return answer.cuts.map((cut, i) => decodeCut(texts[i]!, cut));
  };
  const cutEachLater = (texts: readonly string[]) => {
    const asked = send({ op: "cut", texts: [...texts] });
    return () => cuts(texts, read(asked));
  };
  return {
    cutEach: (texts) => cutEachLater(texts)(),
    cutEachLater,
    tag(text) {
      const answer = read(send({ op: "tag", text }));
      if (answer.op !== "tag") throw new Error(`segmenter thread answered ${answer.op} to tag`);
      return answer.tags;
    },
    load() {},
  };
}
