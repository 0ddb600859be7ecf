/**
 * Units at the edge of the form: lengths are typed and shown in the practitioner's units and
 * stored in the SI unit the field name carries (mm or cm); angles and scores are never converted.
 */
import type { UnitSystem } from '../../../shared/domain/settings';

export type StoredUnit = 'mm' | 'cm' | 'deg';
export type ShownUnit = StoredUnit | 'in';

const MM_PER_INCH = 25.4;
const MINUS = '\u2212';

export function shownUnit(stored: StoredUnit, units: UnitSystem): ShownUnit {
  return stored !== 'deg' && units === 'imperial' ? 'in' : stored;
}

const mmPer: Record<Exclude<StoredUnit, 'deg'>, number> = { mm: 1, cm: 10 };

/** Stored value -> the number shown, rounded to what can be read off a ruler or goniometer. */
export function toShown(value: number, stored: StoredUnit, units: UnitSystem): number {
  if (shownUnit(stored, units) !== 'in' || stored === 'deg') return value;
  return round((value * mmPer[stored]) / MM_PER_INCH, 2);
}

/** Typed number -> the stored value; inches are converted and kept to 0.01 mm/cm. */
export function fromShown(value: number, stored: StoredUnit, units: UnitSystem): number {
  if (shownUnit(stored, units) !== 'in' || stored === 'deg') return value;
  return round((value * MM_PER_INCH) / mmPer[stored], 2);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const decimalSeparator =
  new Intl.NumberFormat(undefined).formatToParts(1.5).find((part) => part.type === 'decimal')
    ?.value ?? '.';

/** A number as it goes into a text field, in the system's decimal style. */
export function numberText(value: number): string {
  const text = String(round(value, 2));
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** On the way to a number ("-", "4."): not flagged while the field has focus. */
  | { kind: 'partial' }
  | { kind: 'invalid' };

export function parseNumber(text: string): ParsedNumber {
  const cleaned = text.trim().replace(MINUS, '-').replace(',', '.');
  if (cleaned === '') return { kind: 'empty' };
  if (/^[-+]?\.?$/.test(cleaned)) return { kind: 'partial' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(cleaned) };
}

const unitText: Record<ShownUnit, string> = { mm: ' mm', cm: ' cm', in: ' in', deg: '°' };

/** "12 mm", "4.5 in", "−3°" */
export function withUnit(value: number, unit: ShownUnit): string {
  const text = numberText(Math.abs(value));
  return `${value < 0 ? MINUS : ''}${text}${unitText[unit]}`;
}

/** "+2 mm", "−1.5°", "no change" — a change since last time. */
export function changeText(change: number, unit: ShownUnit | null): string {
  const rounded = round(change, 2);
  if (rounded === 0) return 'no change';
  const sign = rounded > 0 ? '+' : MINUS;
  return `${sign}${numberText(Math.abs(rounded))}${unit ? unitText[unit] : ''}`;
}

export function unitLabel(unit: ShownUnit): string {
  return unit === 'deg' ? 'degrees' : unit === 'in' ? 'inches' : unit;
}
