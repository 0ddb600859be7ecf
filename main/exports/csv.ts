/** A value for one CSV cell; null is an empty cell. */
export type CsvValue = string | number | null;

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles accents. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters a reader does not see before the first visible one: white space, zero-width
 * characters and bidirectional marks. A spreadsheet may skip them, so `\u200B=1+1` is still a
 * formula to some of them.
 */
const invisibleLead =
  /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*/u;

/**
 * Characters that make a spreadsheet treat a cell as a formula or a DDE call (OWASP "CSV
 * Injection", CWE-1236): = + - @ |, and the full-width, small-form and minus-sign lookalikes
 * that some spreadsheets fold into them.
 */
const formulaCharacter =
  /^[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C\uFE66\uFE62\uFE63\uFE6B\u2212\u2796\u207A\u207B\u208A\u208B\u207C\u208C]/u;

/** Control characters at the very start that some spreadsheets read as the start of a formula. */
const controlStart = /^[\t\r\n\0]/;

/**
 * Stops a cell from being run as a formula by putting a single quote first. Client notes and
 * names are typed by people, and a CSV is opened by double-click, so every cell is treated the
 * same way; `+44 20 7946 0000` becomes `'+44 20 7946 0000`, still readable.
 */
export function neutraliseCell(value: string): string {
  if (controlStart.test(value)) return `'${value}`;
  const visible = value.replace(invisibleLead, '');
  return formulaCharacter.test(visible) ? `'${value}` : value;
}

/**
 * RFC 4180 quoting, widened: a field holding a comma, semicolon, tab, quote, CR or LF is quoted,
 * with its quotes doubled. Many European spreadsheets split on `;` or tab, and an unquoted
 * `x;=1+1` would give them a cell that starts with `=`.
 */
export function quoteCell(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
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
