/** CSV cells (RFC 4180) that are also safe to open in a spreadsheet: report text can start with "=". */

/**
 * Quotes a cell when needed and defuses formula injection: text starting with = + - @ or a tab gets
 * a leading apostrophe, which spreadsheets show as text. Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: (string | number)[]) => `${cells.map(csvCell).join(",")}\r\n`;
