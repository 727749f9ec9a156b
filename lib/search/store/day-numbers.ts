/**
 * Dates as the doc columns store them, yyyymmdd numbers (0 = unknown), and the calendar
 * arithmetic the date views need: days since 1970-01-01, months as year·12 + month − 1.
 */

export const DAY_MS = 86_400_000;

export const pad2 = (n: number) => String(n).padStart(2, "0");

/** yyyymmdd → days since 1970-01-01. */
export const toEpochDay = (n: number) =>
  Date.UTC(Math.floor(n / 10000), (Math.floor(n / 100) % 100) - 1, n % 100) / DAY_MS;

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export const toIsoDay = (epochDay: number) =>
  new Date(epochDay * DAY_MS).toISOString().slice(0, 10);

/** yyyymmdd → consecutive month number (year·12 + month − 1). */
export const toMonthNumber = (n: number) =>
  Math.floor(n / 10000) * 12 + (Math.floor(n / 100) % 100) - 1;

/** Month number → "YYYY-MM". */
export const toMonthLabel = (m: number) => `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
