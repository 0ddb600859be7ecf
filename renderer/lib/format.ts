import { ageOn, isCalendarDate, localToday } from '../../shared/domain/dates';

/** A calendar day (YYYY-MM-DD) in the practitioner's own date style. */
export function formatCalendarDate(day: string): string {
  if (!isCalendarDate(day)) return day;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Formatted in UTC so a birthday never shifts by one in time zones west of Greenwich.
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  );
}

/** The local day of a stored instant (ISO timestamp), e.g. when a client was added. */
export function formatDayOf(timestamp: string): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(instant);
}

export function ageInYears(dateOfBirth: string): number | null {
  if (!isCalendarDate(dateOfBirth)) return null;
  return ageOn(dateOfBirth, localToday());
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const MEGABYTE = 1024 * 1024;

/**
 * "820 KB", "4.2 MB", in binary units: every size limit Stance states ("larger than 30 MB") is
 * counted in 1024s, so a file shown as 30 MB is exactly the one the limit refuses.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < MEGABYTE) return `${sizeFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${sizeFormat.format(bytes / MEGABYTE)} MB`;
}
