import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseCell, quoteCell, toCsv, UTF8_BOM } from '../../main/exports/csv';

describe('RFC 4180 quoting', () => {
  it('leaves plain text alone and quotes only what needs it', () => {
    expect(quoteCell('Ada')).toBe('Ada');
    expect(quoteCell('Zoë Åberg')).toBe('Zoë Åberg');
    expect(quoteCell('Smith, Jr')).toBe('"Smith, Jr"');
    expect(quoteCell('')).toBe('');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(quoteCell('the "best" client')).toBe('"the ""best"" client"');
    expect(quoteCell('"')).toBe('""""');
  });

  it('quotes embedded line breaks of every kind and keeps them', () => {
    expect(quoteCell('line one\nline two')).toBe('"line one\nline two"');
    expect(quoteCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(quoteCell('a\rb')).toBe('"a\rb"');
  });

  it('writes a BOM, a header and CRLF after every record, including the last', () => {
    const text = toCsv(
      ['Name', 'Notes'],
      [
        ['Ada', 'first line\nsecond, with "quotes"'],
        ['Bob', null],
      ],
    );
    expect(text).toBe(
      `${UTF8_BOM}Name,Notes\r\nAda,"first line\nsecond, with ""quotes"""\r\nBob,\r\n`,
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
  });

  it('writes numbers as plain digits and null as an empty cell', () => {
    expect(csvCell(7)).toBe('7');
    expect(csvCell(37.5)).toBe('37.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('formula injection', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")'],
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['line feed', '\n=1+1'],
    ['NUL', '\0=1'],
    ['full-width =', '\uFF1D1+1'],
  ])('puts a single quote before a cell that starts with %s', (_name, value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it('quotes a neutralised cell when it also needs RFC 4180 quoting', () => {
    expect(csvCell('=1+1, "x"')).toBe(`"'=1+1, ""x"""`);
    expect(csvCell('\r\nhidden')).toBe(`"'\r\nhidden"`);
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`);
  });

  it('keeps a phone number readable while stopping it being a formula', () => {
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('+1 (555) 010-9999')).toBe("'+1 (555) 010-9999");
    expect(csvCell('020 7946 0000')).toBe('020 7946 0000');
  });

  it('neutralises negative numbers too, and never touches characters after the first', () => {
    expect(csvCell(-3)).toBe("'-3");
    expect(csvCell('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(csvCell("'already quoted")).toBe("'already quoted");
  });
});

describe('a spreadsheet that splits on semicolons or tabs sees no formula', () => {
  it.each([
    ['semicolon', 'x;=1+1;'],
    ['tab', 'x\t=1+1'],
  ])('quotes a note holding a %s, so the text after it stays in the same cell', (_name, value) => {
    const cell = csvCell(value);
    expect(cell).toBe(`"${value}"`);
    expect(cell.startsWith('"')).toBe(true);
  });

  it('splitting a written row on ; outside quotes gives no cell that starts with =', () => {
    const row = toCsv(['Notes'], [['x;=1+1;'], ['a;b']]);
    const unquotedSplits = row
      .replace(UTF8_BOM, '')
      .split('\r\n')
      .flatMap((line) => line.replace(/"(?:[^"]|"")*"/g, 'Q').split(';'));
    expect(unquotedSplits.some((cell) => cell.startsWith('='))).toBe(false);
  });
});

describe('formula lookalikes and hidden characters before them', () => {
  it.each([
    ['a zero-width space then =', '\u200B=1+1'],
    ['a right-to-left mark then +', '\u200F+1+1'],
    ['a byte order mark then -', '\uFEFF-1+1'],
    ['a space then =', ' =1+1'],
    ['a no-break space then @', '\u00A0@SUM(A1)'],
    ['a pipe (DDE)', '|cmd'],
    ['a full-width pipe', '\uFF5Ccmd'],
    ['a small-form =', '\uFE661+1'],
    ['a small-form +', '\uFE621+1'],
    ['a small-form -', '\uFE631+1'],
    ['a minus sign', '\u22121+1'],
    ['a full-width +', '\uFF0B1'],
    ['a full-width -', '\uFF0D1'],
    ['a full-width @', '\uFF20A1'],
  ])('neutralises a cell that starts with %s', (_name, value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it('leaves text whose first visible character is ordinary', () => {
    expect(neutraliseCell('\u200BAda')).toBe('\u200BAda');
    expect(neutraliseCell('  knee pain')).toBe('  knee pain');
    expect(neutraliseCell('\u2013 dash list')).toBe('\u2013 dash list');
  });
});
