import { MAX_TREND_QUERIES } from "@/lib/search/present/trends";

/** Up to five queries side by side: a plain GET form, so it works without JavaScript. */
export function TrendsForm({ queries }: { queries: string[] }) {
  const slots = Array.from({ length: MAX_TREND_QUERIES }, (_, i) => queries[i] ?? "");
  return (
    <form
      action="/trends"
      method="get"
      className="mt-3 flex flex-wrap items-end gap-2"
      aria-label="比较检索式"
    >
      {slots.map((q, i) => (
        <label key={i} className="flex flex-col text-xs text-stone-500">
          检索式 {i + 1}
          <input
            name="q"
            defaultValue={q}
            className="mt-0.5 w-36 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm text-stone-800 focus:border-accent-600 focus:outline-none"
          />
        </label>
      ))}
      <button
        type="submit"
        className="rounded-md bg-accent-700 px-3 py-1.5 text-sm text-white hover:bg-accent-800"
      >
        比较
      </button>
    </form>
  );
}
