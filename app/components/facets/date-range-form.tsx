import { Fragment } from "react";
import type { SearchState } from "@/lib/search/types";
import { buildHiddenFields } from "@/lib/ui/search-links";

/**
 * From/to date inputs: a plain GET form, so it works without JavaScript. Any date is accepted,
 * not only those of the current results (a range wider than them is a fine question to ask).
 */
export function DateRangeForm({ state }: { state: SearchState }) {
  const input =
    "w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm text-stone-800 focus:border-accent-600 focus:outline-none";
  return (
    <form
      key={`${state.from}~${state.to}`}
      action="/"
      method="get"
      className="mt-3 space-y-2"
      aria-label="日期范围"
    >
      {buildHiddenFields(state, ["from", "to"]).map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1.5 text-sm text-stone-600">
        {(["from", "to"] as const).map((name) => (
          <Fragment key={name}>
            <label htmlFor={`date-${name}`}>{name === "from" ? "从" : "到"}</label>
            <input
              id={`date-${name}`}
              type="date"
              name={name}
              defaultValue={state[name] ?? ""}
              className={input}
            />
          </Fragment>
        ))}
      </div>
      <button
        type="submit"
        className="w-full rounded-md border border-stone-300 bg-white py-1 text-sm text-stone-700 hover:bg-stone-50"
      >
        应用日期范围
      </button>
    </form>
  );
}
