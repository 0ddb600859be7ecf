/** A value for one CSV cell; null is an empty cell. */
export type CsvValue = string | number | null;

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles accents. */
export const UTF8_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection",
 * CWE-1236): = + - @, tab, carriage return, line feed and NUL, plus the full-width = + - @ that
 * some spreadsheets also accept.
 */
const formulaStart = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Stops a cell from being run as a formula by putting a single quote first. Client notes and
 * names are typed by people, and a CSV is opened by double-click, so every cell is treated the
 * same way; `+44 20 7946 0000` becomes `'+44 20 7946 0000`, still readable.
 */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, with its quotes doubled. */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  return quoteCell(neutraliseCell(typeof value === 'number' ? String(value) : value));
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole document: BOM, header, rows, each line ended by CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [csvRow(header), ...rows.map(csvRow)];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
