import { describe, expect, it } from 'vitest';
import {
  dateExamples,
  dayAsTyped,
  dayInWords,
  localeDateOrder,
  readDateText,
  valueOfText,
} from '../../../renderer/lib/date-text';

const day = (value: string) => ({ kind: 'day', day: value });

describe('localeDateOrder', () => {
  it('knows the order each locale writes a date in', () => {
    expect(localeDateOrder('en-US')).toBe('mdy');
    expect(localeDateOrder('en-GB')).toBe('dmy');
    expect(localeDateOrder('de-DE')).toBe('dmy');
    expect(localeDateOrder('sv-SE')).toBe('ymd');
    expect(localeDateOrder('ja-JP')).toBe('ymd');
  });
});

describe('readDateText', () => {
  it('reads year-month-day whatever the locale', () => {
    for (const order of ['mdy', 'dmy', 'ymd'] as const) {
      expect(readDateText('2026-10-23', order, 'en-US')).toEqual(day('2026-10-23'));
      expect(readDateText(' 2026/1/5 ', order, 'en-US')).toEqual(day('2026-01-05'));
    }
  });

  it("reads the locale's own order, with slashes, dots, dashes or spaces", () => {
    expect(readDateText('10/23/2026', 'mdy', 'en-US')).toEqual(day('2026-10-23'));
    expect(readDateText('23/10/2026', 'dmy', 'en-GB')).toEqual(day('2026-10-23'));
    expect(readDateText('23.10.2026', 'dmy', 'de-DE')).toEqual(day('2026-10-23'));
    expect(readDateText('23.10.2026.', 'dmy', 'de-DE')).toEqual(day('2026-10-23'));
    expect(readDateText('3 4 1984', 'dmy', 'en-GB')).toEqual(day('1984-04-03'));
    expect(readDateText('3-4-1984', 'mdy', 'en-US')).toEqual(day('1984-03-04'));
  });

  it('reads what the locale itself writes back', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'sv-SE', 'ja-JP', 'fr-FR', 'nl-NL']) {
      const order = localeDateOrder(locale);
      expect(readDateText(dayAsTyped('1984-03-27', locale), order, locale)).toEqual(
        day('1984-03-27'),
      );
    }
  });

  it('never makes a year of more or fewer than four digits', () => {
    // The native picker turned this into 61023-02-02.
    const fiveDigits = readDateText('61023-02-02', 'mdy', 'en-US');
    expect(fiveDigits).toEqual({
      kind: 'problem',
      message: 'Enter the year with all four digits, as 10/23/2026 or 2026-10-23.',
    });
    expect(readDateText('10/23/26', 'mdy', 'en-US').kind).toBe('problem');
    expect(readDateText('20261023', 'mdy', 'en-US').kind).toBe('problem');
  });

  it('says what is wrong with a day that does not exist', () => {
    expect(readDateText('23/10/2026', 'mdy', 'en-US')).toEqual({
      kind: 'problem',
      message: 'Enter a real date: there is no month 23. Stance reads this as month, day, year.',
    });
    expect(readDateText('1990-02-30', 'mdy', 'en-US')).toEqual({
      kind: 'problem',
      message: 'Enter a real date: February 1990 has 28 days.',
    });
    expect(readDateText('29/02/2024', 'dmy', 'en-GB')).toEqual(day('2024-02-29'));
  });

  it('refuses words and half-typed dates with the two ways to type one', () => {
    const message = 'Enter a real date, as 23/10/2026 or 2026-10-23.';
    expect(readDateText('next tuesday', 'dmy', 'en-GB')).toEqual({ kind: 'problem', message });
    expect(readDateText('23/10', 'dmy', 'en-GB')).toEqual({ kind: 'problem', message });
    expect(readDateText('', 'dmy', 'en-GB')).toEqual({ kind: 'empty' });
    expect(readDateText('   ', 'dmy', 'en-GB')).toEqual({ kind: 'empty' });
  });
});

describe('showing and handing over a day', () => {
  it('writes a stored day the way the locale types it, and in words', () => {
    expect(dayAsTyped('2026-10-23', 'en-US')).toBe('10/23/2026');
    expect(dayAsTyped('2026-10-23', 'en-GB')).toBe('23/10/2026');
    expect(dayAsTyped('', 'en-GB')).toBe('');
    expect(dayInWords('2026-10-23', 'en-US')).toBe('Friday, October 23, 2026');
    expect(dateExamples('sv-SE')).toBe('2026-10-23');
  });

  it('hands the form the day, nothing, or the text to refuse', () => {
    expect(valueOfText('10/23/2026', 'mdy', 'en-US')).toBe('2026-10-23');
    expect(valueOfText('  ', 'mdy', 'en-US')).toBe('');
    expect(valueOfText(' 10/23 ', 'mdy', 'en-US')).toBe('10/23');
  });
});
