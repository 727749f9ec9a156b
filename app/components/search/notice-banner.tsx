/** Explains why part of the URL was ignored (bad page, unknown sort, malformed date…). */
export function NoticeBanner({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      aria-live="polite"
      className="mb-5 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-medium">部分链接参数无法识别，已按默认值处理：</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
