import { isCalendarDate } from '../../shared/domain/dates';

/** Values a record file carries that no shared schema describes yet. */

const ISO_TIMESTAMP = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const EARLIEST_YEAR = 1900;
/** A colleague's clock may run a little ahead of this one. */
const CLOCK_SKEW_MS = 24 * 3_600_000;

/**
 * A moment as Stance writes it (`Date.toISOString()`): a real one, not before 1900 and not in the
 * future. Lists sort by these as text, so a year 100 or 9999 would put a record first or last for ever.
 */
export function isTimestamp(value: string, now: Date = new Date()): boolean {
  const match = value.match(ISO_TIMESTAMP);
  if (!match || Number(match[1]) < EARLIEST_YEAR || !isCalendarDate(value.slice(0, 10)))
    return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time <= now.getTime() + CLOCK_SKEW_MS;
}

const RULES_VERSION_FORM = /^clinical-rules-(\d{1,6})$/;

/**
 * The rules versions this Stance can explain: the current one and every earlier one. A later one
 * means the record was scored by a newer Stance.
 */
export function rulesVersionStanding(
  version: string,
  current: string,
): 'current' | 'earlier' | 'later' | 'unknown' {
  if (version === current) return 'current';
  const number = version.match(RULES_VERSION_FORM)?.[1];
  const currentNumber = current.match(RULES_VERSION_FORM)?.[1];
  if (number === undefined || currentNumber === undefined) return 'unknown';
  return Number(number) < Number(currentNumber) ? 'earlier' : 'later';
}
