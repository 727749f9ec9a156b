import { ChartPointTip } from "./chart-point-tip";

/**
 * The server-rendered trends chart, drawn twice: wide for a desktop and narrow for a phone, each
 * shown only at its size, so that neither shrinks its labels to fit. With JavaScript, a focused
 * or hovered point shows its value.
 */
export function TrendsChart({ wide, narrow }: { wide: string; narrow: string }) {
  const frame = "rounded-xl border border-stone-200 bg-white p-3 [&_svg]:h-auto [&_svg]:w-full";
  const points =
    "[&_a:focus-visible]:outline-none [&_a:focus-visible_circle]:fill-current [&_a:focus-visible_circle]:stroke-[4] [&_a:hover_circle]:fill-current";
  return (
    <div id="trends-charts" className="relative mt-3">
      {/* Observable Plot's own markup: every label in it is set as text, so escaped. */}
      <div
        className={`hidden sm:block ${frame} ${points}`}
        data-trends-chart="wide"
        dangerouslySetInnerHTML={{ __html: wide }}
      />
      <div
        className={`sm:hidden ${frame} ${points}`}
        data-trends-chart="narrow"
        dangerouslySetInnerHTML={{ __html: narrow }}
      />
      <ChartPointTip wrapperId="trends-charts" />
    </div>
  );
}
