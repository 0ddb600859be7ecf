import type { Dosage } from '../../../shared/domain/exercises';
import { formatCalendarDate } from '../../lib/format';

const times = (count: number, once: string) =>
  count === 1 ? once : count === 2 ? 'twice' : `${count} times`;

/** The dosage as one short line a client can follow, e.g. "2 sets of 12, each side". */
export function dosageText(dosage: Dosage): string {
  const side = dosage.perSide ? ', each side' : '';
  const sets = dosage.sets === 1 ? '1 set' : `${dosage.sets} sets`;
  if (dosage.kind === 'hold') return `${sets}: hold ${dosage.holdSeconds} seconds${side}`;
  const pause = dosage.pauseSeconds ? `, pause ${dosage.pauseSeconds} s at the end` : '';
  return `${sets} of ${dosage.reps}${side}${pause}`;
}

/** How often, e.g. "Once a day, every day" or "Twice a day, 5 days a week". */
export function frequencyText(dosage: Dosage): string {
  const perDay = `${times(dosage.timesPerDay, 'once')} a day`;
  const days = dosage.daysPerWeek === 7 ? 'every day' : `${dosage.daysPerWeek} days a week`;
  return `${perDay.charAt(0).toUpperCase()}${perDay.slice(1)}, ${days}`;
}

export const printedOn = (): string => formatCalendarDate(new Date().toISOString().slice(0, 10));

/** Day and month only, short enough to sit under a chart point, e.g. "23 Nov". */
export function shortDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, date));
}
