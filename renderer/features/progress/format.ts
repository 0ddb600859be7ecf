import { formatPlain } from '../../../shared/domain/clinical/format';
import type { ChartSpec } from '../../../shared/domain/progress';

const dayMonth = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

const utc = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
};

/** Every chart labels the same visits, so each day is formatted once (Intl is the slow part). */
function remembered(format: (day: string) => string): (day: string) => string {
  const known = new Map<string, string>();
  return (day) => {
    let text = known.get(day);
    if (text === undefined) {
      text = format(day);
      known.set(day, text);
    }
    return text;
  };
}

/** "12 Mar": the axis gives the year only where it changes (see `yearBreaks`). */
export const shortDay = remembered((day) => dayMonth.format(utc(day)));
export const longDay = remembered((day) => full.format(utc(day)));
export const yearOf = (day: string) => day.slice(0, 4);

/** A chart value the way its scale is written: "7", "43.5°", "12.1 cm", "31%". */
export function formatValue(chart: ChartSpec, value: number): string {
  const factor = 10 ** chart.decimals;
  return `${formatPlain(Math.round(value * factor) / factor)}${chart.unit}`;
}
