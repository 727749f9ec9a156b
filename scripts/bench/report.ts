import os from "node:os";
import type { SystemRow } from "./table";

/** Machine facts and Xunwen's targets, checked against the rows of the same run. */

export function describeMachine(): string {
  const cpus = os.cpus();
  const memGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${memGiB} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

interface Target {
  name: string;
  actual: string;
  met: boolean | null;
}

const row = (rows: SystemRow[], label: string) => rows.find((r) => r.label === label && !r.error);

export function checkTargets(rows: SystemRow[]): Target[] {
  const own = row(rows, "Xunwen");
  const page = row(rows, "Xunwen, whole page")?.figures;
  const baseline = row(rows, "FlexSearch + jieba");
  const jiebaPeers = rows.filter((r) => !r.error && /jieba/.test(r.label));
  const fastestJieba = jiebaPeers.reduce<SystemRow | null>(
    (a, b) => (!a || b.buildS < a.buildS ? b : a),
    null,
  );
  const f = own?.figures;
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  const known = (ok: boolean, present: unknown) => (present ? ok : null);
  return [
    {
      name: "MRR@10 ≥ 0.80",
      actual: f ? f.mrr10.toFixed(3) : "–",
      met: known((f?.mrr10 ?? 0) >= 0.8, f),
    },
    {
      name: "substring recall 100 %",
      actual: f ? pct(f.substringRecall) : "–",
      met: known(f?.substringRecall === 1, f),
    },
    {
      name: "top-20 search p95 ≤ ½ of FlexSearch + jieba (same run)",
      actual:
        f && baseline?.figures
          ? `${f.p95.toFixed(2)} ms vs ${baseline.figures.p95.toFixed(2)} ms (${(f.p95 / baseline.figures.p95).toFixed(2)}×)`
          : "–",
      met: known(
        !!f && !!baseline?.figures && f.p95 <= baseline.figures.p95 / 2,
        f && baseline?.figures,
      ),
    },
    {
      name: "search + facets + snippets p95 ≤ 15 ms",
      actual: page ? `${page.p95.toFixed(2)} ms` : "–",
      met: known(!!page && page.p95 <= 15, page),
    },
    {
      name: "RSS after load ≤ 1 GiB",
      actual: own ? `${own.rssMb.toFixed(0)} MB` : "–",
      met: known((own?.rssMb ?? Infinity) <= 1024, own),
    },
    {
      name: "build time ≤ 1.5× the fastest jieba-based peer",
      actual:
        own && fastestJieba
          ? `${own.buildS.toFixed(1)} s vs ${fastestJieba.buildS.toFixed(1)} s ${fastestJieba.label} (${(own.buildS / fastestJieba.buildS).toFixed(2)}×)`
          : "–",
      met: known(
        !!own && !!fastestJieba && own.buildS <= 1.5 * fastestJieba.buildS,
        own && fastestJieba,
      ),
    },
  ];
}

export function renderTargets(targets: Target[]): string {
  const mark = (m: boolean | null) => (m === null ? "not measured" : m ? "met" : "**not met**");
  return [
    "| target | measured | |",
    "|---|---|---|",
    ...targets.map((t) => `| ${t.name} | ${t.actual} | ${mark(t.met)} |`),
  ].join("\n");
}
