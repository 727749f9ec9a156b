/**
 * "?" beside the query box: the query syntax in one short table. A <details> element, so it opens
 * without JavaScript and is announced as a disclosure.
 */
const ROWS: [string, string][] = [
  ["复工复产 温州", "两个词都要有（空格 = 并且）"],
  ["“防控阻击战”", "整句完全匹配（引号，也可用「」『』）"],
  ["疫情 -境外", "排除含“境外”的报道"],
  ["武汉 | 湖北", "任一即可（也可写 OR）"],
  ["(武汉 | 湖北) 疫情", "括号分组"],
];

export function SyntaxHelp() {
  return (
    <details className="group relative mt-2 text-sm text-stone-600">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded-md px-1 py-0.5 text-stone-500 hover:text-stone-800 focus-visible:outline-2 focus-visible:outline-accent-600 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="flex size-5 items-center justify-center rounded-full border border-stone-300 text-xs"
        >
          ?
        </span>
        检索语法
      </summary>
      <div className="mt-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">检索语法</caption>
          <tbody>
            {ROWS.map(([example, meaning]) => (
              <tr key={example} className="border-b border-stone-100 last:border-0">
                <th scope="row" className="py-1.5 pr-4 font-normal whitespace-nowrap">
                  <code className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-800">
                    {example}
                  </code>
                </th>
                <td className="py-1.5">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-stone-500">
          中文输入法打出的全角符号（－ ｜ （ ） 全角空格）同样有效；繁体、简体互相检索。
        </p>
      </div>
    </details>
  );
}
