"use client";

import { useRouter } from "next/navigation";
import {
  useEffect,
  useId,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { applySuggestion, splitLastToken } from "@/lib/ui/suggest-token";

const DEBOUNCE_MS = 150;

/**
 * The query box: a GET form that works without JavaScript. With JavaScript it navigates with
 * router.push (no reload, the input keeps focus) and offers autocomplete for the last word typed,
 * as an ARIA combobox.
 */
export function SearchBox({ q, hiddenFields }: { q: string; hiddenFields: [string, string][] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const listId = useId();
  const [value, setValue] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  const [prefix, setPrefix] = useState("");
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [pending, startTransition] = useTransition();

  // The URL changed under us (a relaxation link, browser back): show its query.
  if (q !== shownQ) {
    setShownQ(q);
    setValue(q);
  }

  useEffect(() => {
    if (!prefix) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/suggest?q=${encodeURIComponent(prefix)}`, { signal: controller.signal })
        .then((res) =>
          res.ok ? (res.json() as Promise<{ suggestions: string[] }>) : { suggestions: [] },
        )
        .then((data) => {
          setSuggestions(data.suggestions.filter((s) => s !== prefix));
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {
          /* aborted by a newer keystroke, or offline: no suggestions */
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [prefix]);

  function onChange(next: string) {
    setValue(next);
    const { token } = splitLastToken(next);
    setPrefix(token);
    if (!token) {
      setSuggestions([]);
      setOpen(false);
    }
  }

  function submit(query: string) {
    const form = formRef.current;
    if (!form) return;
    const params = new URLSearchParams();
    if (query.trim()) params.set("q", query.trim());
    for (const [name, v] of new FormData(form)) {
      if (name !== "q" && typeof v === "string") params.append(name, v);
    }
    setOpen(false);
    setPrefix("");
    startTransition(() => router.push(params.size > 0 ? `/?${params.toString()}` : "/"));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(value);
  }

  function choose(suggestion: string) {
    const next = applySuggestion(value, suggestion);
    setValue(next);
    submit(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const visible = open && suggestions.length > 0;
    if (event.key === "ArrowDown" && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && visible) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === "Enter" && visible && active >= 0) {
      event.preventDefault();
      const picked = suggestions[active];
      if (picked !== undefined) choose(picked);
    } else if (event.key === "Escape" && visible) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && suggestions.length > 0;
  return (
    <form
      ref={formRef}
      action="/"
      method="get"
      role="search"
      onSubmit={onSubmit}
      className="relative"
    >
      <label htmlFor="search-input" className="sr-only">
        检索词
      </label>
      <div className="flex items-stretch overflow-hidden rounded-xl border border-stone-300 bg-white shadow-sm focus-within:border-accent-600 focus-within:ring-4 focus-within:ring-accent-100">
        <span className="flex items-center pl-4 text-stone-400" aria-hidden="true">
          <svg
            width="18"
            height="18"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
        </span>
        <input
          id="search-input"
          name="q"
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => suggestions.length > 0 && prefix && setOpen(true)}
          placeholder="输入关键词，如：复工复产 温州；“防控阻击战”；疫情 -境外"
          autoComplete="off"
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          className="min-w-0 flex-1 bg-transparent px-3 py-3 text-base text-stone-900 placeholder:text-stone-400 focus:outline-none focus-visible:outline-none [&::-webkit-search-cancel-button]:cursor-pointer"
        />
        <button
          type="submit"
          aria-busy={pending}
          className="m-1.5 rounded-lg bg-accent-700 px-5 text-[15px] font-medium text-white hover:bg-accent-800 disabled:opacity-70"
        >
          {pending ? "检索中…" : "检索"}
        </button>
      </div>
      {/* After the query box, so a form submitted without JavaScript gives the canonical "?q=…&…" order. */}
      {hiddenFields.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
      <ul
        id={listId}
        role="listbox"
        aria-label="搜索建议"
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-xl border border-stone-200 bg-white py-1 shadow-lg"
      >
        {suggestions.map((s, i) => (
          <li
            key={s}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(s);
            }}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-4 py-2 text-[15px] ${i === active ? "bg-accent-50 text-accent-800" : "text-stone-700"}`}
          >
            <SuggestionText head={splitLastToken(value).head} typed={prefix} suggestion={s} />
          </li>
        ))}
      </ul>
    </form>
  );
}

/** "复工 -" + "温" + **"州"**: the completion is what stands out. */
function SuggestionText({
  head,
  typed,
  suggestion,
}: {
  head: string;
  typed: string;
  suggestion: string;
}) {
  const completes = typed && suggestion.startsWith(typed);
  return (
    <>
      <span className="text-stone-400">{head}</span>
      {completes ? (
        <>
          {typed}
          <strong className="font-semibold">{suggestion.slice(typed.length)}</strong>
        </>
      ) : (
        suggestion
      )}
    </>
  );
}
