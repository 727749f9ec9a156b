"use client";

/** The listbox of a combobox: options carry ids for aria-activedescendant; the input keeps focus. */
export function SuggestionList({
  id,
  suggestions,
  active,
  expanded,
  head,
  typed,
  onPick,
  onHover,
}: {
  id: string;
  suggestions: string[];
  active: number;
  expanded: boolean;
  head: string;
  typed: string;
  onPick: (suggestion: string) => void;
  onHover: (index: number) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="搜索建议"
      hidden={!expanded}
      className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-xl border border-stone-200 bg-white py-1 shadow-lg"
    >
      {suggestions.map((s, i) => (
        <li
          key={s}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the input must not blur (which closes the list) first.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(s);
          }}
          onMouseEnter={() => onHover(i)}
          className={`cursor-pointer px-4 py-2 text-[15px] ${
            i === active ? "bg-accent-50 text-accent-800" : "text-stone-700"
          }`}
        >
          <span className="text-stone-400">{head}</span>
          {typed && s.startsWith(typed) ? (
            <>
              {typed}
              <strong className="font-semibold">{s.slice(typed.length)}</strong>
            </>
          ) : (
            s
          )}
        </li>
      ))}
    </ul>
  );
}
