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
    expect(csvCell('\t=1+1')).toBe(`'\t=1+1`);
  });

  it('keeps a phone number readable while stopping it being a formula', () => {
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('+1 (555) 010-9999')).toBe("'+1 (555) 010-9999");
    expect(csvCell('020 7946 0000')).toBe('020 7946 0000');
  });

  it('neutralises negative numbers too, and never touches characters after the first', () => {
    expect(csvCell(-3)).toBe("'-3");
    expect(csvCell('a=b+c-d@e')).toBe('a=b+c-d@e');
    expect(csvCell(' =1+1')).toBe(' =1+1');
    expect(csvCell("'already quoted")).toBe("'already quoted");
  });
});
