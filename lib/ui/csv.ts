/**
 * RFC 4180 CSV cells for the export. Cells that a spreadsheet would read as a formula (= + - @, tab,
 * CR) get a leading apostrophe: article text is untrusted and is opened in Excel.
 */

export const CSV_BOM = "\uFEFF";

export function toCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(toCsvCell).join(",")}\r\n`;
}
