/**
 * Reading a calendar day from what a person types: year-month-day (2026-10-23) anywhere, or the
 * day, month and year in the order their locale writes them (10/23/2026 in the US, 23/10/2026 in
 * Britain). Only a four-digit year is accepted, so nothing typed ever becomes year 61023 or 0026.
 */
import { isCalendarDate } from '../../shared/domain/dates';

/** The order a locale writes the three parts of a date in. */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export type DateReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'day'; readonly day: string }
  | { readonly kind: 'problem'; readonly message: string };

const ORDER_WORDS: Record<DateOrder, string> = {
  ymd: 'year, month, day',
  mdy: 'month, day, year',
  dmy: 'day, month, year',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const SAMPLE_DAY = '2026-10-23';

function utc(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

function numericFormat(locale: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  });
}

/** The order the locale writes a short date in (undefined: the app's own locale). */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = numericFormat(locale)
    .formatToParts(utc(SAMPLE_DAY))
    .map((part) => part.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
  const order = parts.map((type) => type[0]).join('');
  return order === 'mdy' || order === 'dmy' ? order : 'ymd';
}

/** A stored day as the locale writes it in figures, e.g. 10/23/2026; '' stays ''. */
export function dayAsTyped(day: string, locale?: string): string {
  if (!isCalendarDate(day)) return day;
  // Some locales mark the text's direction with invisible characters: they are no use to type.
  return numericFormat(locale)
    .format(utc(day))
    .replace(/[\u200e\u200f\u061c]/g, '');
}

/** What was understood, in words, e.g. "Friday, October 23, 2026". */
export function dayInWords(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(day));
}

/** The two ways of typing the same day, for hints and messages: "10/23/2026 or 2026-10-23". */
export function dateExamples(locale?: string): string {
  const local = dayAsTyped(SAMPLE_DAY, locale);
  return local === SAMPLE_DAY ? SAMPLE_DAY : `${local} or ${SAMPLE_DAY}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads typed text as a day; `order` says how a date that does not start with the year is read. */
export function readDateText(text: string, order: DateOrder, locale?: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const unreadable = {
    kind: 'problem',
    message: `Enter a real date, as ${dateExamples(locale)}.`,
  } as const;
  // Digits in three groups, split by dashes, slashes, dots or spaces (23.10.2026., 2026/10/23).
  const groups = trimmed.replace(/\.$/, '').split(/\s*[-/.]\s*|\s+/);
  if (groups.length !== 3 || !groups.every((group) => /^\d+$/.test(group))) return unreadable;
  const [first, second, third] = groups as [string, string, string];

  const yearFirst = first.length === 4 || (order === 'ymd' && third.length !== 4);
  const [yearText, monthText, dayText] = yearFirst
    ? [first, second, third]
    : order === 'mdy'
      ? [third, first, second]
      : [third, second, first];

  if (yearText.length !== 4) {
    return {
      kind: 'problem',
      message: `Enter the year with all four digits, as ${dateExamples(locale)}.`,
    };
  }
  if (monthText.length > 2 || dayText.length > 2) return unreadable;
  const [year, month, date] = [Number(yearText), Number(monthText), Number(dayText)];
  const orderWords = yearFirst ? ORDER_WORDS.ymd : ORDER_WORDS[order];
  if (month < 1 || month > 12) {
    return {
      kind: 'problem',
      message: `Enter a real date: there is no month ${month}. Stance reads this as ${orderWords}.`,
    };
  }
  const monthName = MONTHS[month - 1] ?? '';
  const length = daysIn(year, month);
  if (date < 1 || date > length) {
    return {
      kind: 'problem',
      message: `Enter a real date: ${monthName} ${year} has ${length} days.`,
    };
  }
  const day = `${yearText}-${pad(month)}-${pad(date)}`;
  return isCalendarDate(day) ? { kind: 'day', day } : unreadable;
}

/**
 * What a date field hands its form: the day when the text reads as one, '' when empty, and the
 * text itself otherwise, so the form's own check refuses it rather than saving an old day.
 */
export function valueOfText(text: string, order: DateOrder, locale?: string): string {
  const reading = readDateText(text, order, locale);
  if (reading.kind === 'day') return reading.day;
  if (reading.kind === 'empty') return '';
  return text.trim();
}
