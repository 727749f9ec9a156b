"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { applySuggestion, splitLastToken } from "@/lib/ui/suggest-token";
import { SuggestionList } from "./suggestion-list";
import { useSuggestions } from "./use-suggestions";

const IME_KEY_CODE = 229;

/**
 * The query box: a GET form that works without JavaScript. With JavaScript it navigates with
 * router.push (no reload, the input keeps focus) and offers completions of the last word typed,
 * as an ARIA combobox (↑/↓ to move, Enter to pick, Escape to close), never while an input method
 * is composing.
 */
export function SearchBox({
  q,
  hiddenFields,
  examples,
}: {
  q: string;
  hiddenFields: [string, string][];
  /** The corpus' starter queries: the placeholder shows a few. */
  examples: readonly string[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const listId = useId();
  const [value, setValue] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  const [typing, setTyping] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  // An input method is composing (pinyin "s" under its own candidate window): no completions of
  // the raw letters, and its Enter and arrows belong to the input method.
  const [composing, setComposing] = useState(false);
  const [pending, startTransition] = useTransition();
  const { head, token } = splitLastToken(value);
  const suggestions = useSuggestions(typing && !composing ? token : "");
  const expanded = !dismissed && suggestions.length > 0;

  // The URL changed under us (a relaxation link, browser back): show its query.
  if (q !== shownQ) {
    setShownQ(q);
    setValue(q);
    setTyping(false);
  }

  function onChange(next: string) {
    setValue(next);
    setTyping(true);
    setDismissed(false);
    setActive(-1);
  }

  function submit(query: string) {
    const form = formRef.current;
    if (!form) return;
    // q first, then the rest of the state in its canonical order (the hidden fields).
    const params = new URLSearchParams();
    if (query.trim()) params.set("q", query.trim());
    for (const [name, v] of new FormData(form)) {
      if (name !== "q" && typeof v === "string") params.append(name, v);
    }
    setTyping(false);
    setActive(-1);
    startTransition(() => router.push(params.size > 0 ? `/?${params.toString()}` : "/"));
  }

  function pick(suggestion: string) {
    const next = applySuggestion(value, suggestion);
    setValue(next);
    submit(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Safari sends the composition's Enter with isComposing; older engines as keyCode 229.
    if (composing || event.nativeEvent.isComposing || event.keyCode === IME_KEY_CODE) return;
    const count = suggestions.length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setDismissed(false);
      setActive((i) => (i + 1) % count);
    } else if (event.key === "ArrowUp" && expanded) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      const picked = suggestions[active];
      if (picked !== undefined) pick(picked);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setDismissed(true);
      setActive(-1);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(value);
  }

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
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={(e) => {
            setComposing(false);
            onChange(e.currentTarget.value);
          }}
          onBlur={() => setDismissed(true)}
          onFocus={() => setDismissed(false)}
          placeholder={toPlaceholder(examples)}
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
          className="m-1.5 rounded-lg bg-accent-700 px-5 text-[15px] font-medium text-white hover:bg-accent-800"
        >
          {pending ? "检索中…" : "检索"}
        </button>
      </div>
      {/* After the query box, so a form submitted without JavaScript gives the canonical "?q=…&…" order. */}
      {hiddenFields.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
      <SuggestionList
        id={listId}
        suggestions={suggestions}
        active={active}
        expanded={expanded}
        head={head}
        typed={token}
        onPick={pick}
        onHover={setActive}
      />
    </form>
  );
}

function toPlaceholder(examples: readonly string[]): string {
  return examples.length > 0
    ? `输入关键词，如：${examples.slice(0, 3).join("、")}`
    : "输入关键词；可用引号、减号和 | 组合";
}
