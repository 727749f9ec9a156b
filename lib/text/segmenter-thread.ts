import { parentPort } from "node:worker_threads";
import { localSegmenter } from "./segment";
import {
  ANSWER,
  encodeCut,
  type SegmenterAnswer,
  type SegmenterLink,
  type SegmenterRequest,
} from "./segmenter-link";

/**
 * The process's one jieba, on a thread of its own: the ingestion threads send it their texts
 * (segmenter-link.ts) instead of each loading a 240 MB copy of the dictionaries. It is handed one
 * link per client thread.
 */

const jieba = localSegmenter();
// Loaded before any request: a client starts this thread early so that the 1 s load overlaps
// its own start-up.
jieba.load();

function answer(request: SegmenterRequest): SegmenterAnswer {
  try {
    if (request.op === "tag") return { op: "tag", tags: jieba.tag(request.text) };
    const cuts = jieba
      .cutEach(request.texts)
      .map((words, i) => encodeCut(request.texts[i]!, words));
    return { op: "cut", cuts };
  } catch (error) {
    return { op: "error", message: (error as Error).message };
  }
}

function serve({ port, flags }: SegmenterLink) {
  const signal = new Int32Array(flags);
  port.on("message", (request: SegmenterRequest) => {
    port.postMessage(answer(request));
    Atomics.store(signal, ANSWER, 1);
    Atomics.notify(signal, ANSWER);
  });
}

/** What the thread's parent sends: a link to serve. */
export type SegmenterThreadMessage = SegmenterLink;

parentPort?.on("message", (message: SegmenterThreadMessage) => serve(message));
