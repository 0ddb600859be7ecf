/**
 * Reads one foot's examination into uniform readings: value, band, how far outside the typical
 * range, and what it suggests for the kinetic chain. Used by the asymmetry check and the summary.
 */
import type { FootExam } from './assessment-schema';
import type { BandSet, Excursion } from './bands';
import { classify, excursionFromTypical, typicalRangeText } from './bands';
import {
  ARCH_LABELS,
  CALLUS_SITE_LABELS,
  FIRST_MTP_BANDS,
  HALLUX_VALGUS_LABELS,
  NAVICULAR_DROP_BANDS,
  RCSP_BANDS,
  footProgressionBandsFor,
} from './foot-ankle';
import { formatSigned, formatWithUnit } from './format';
import { FPI6_BANDS, scoreFpi6 } from './fpi6';
import type { PostureSignal } from './muscle-patterns';
import type { Source } from './sources';
import { SOURCES } from './sources';
import { isPresent } from './present';

export const FOOT_MEASURES = [
  'fpi6',
  'arch',
  'navicularDrop',
  'rcsp',
  'helbingSign',
  'footProgression',
  'kneeToWall',
  'firstMtp',
  'halluxValgus',
  'calluses',
] as const;
export type FootMeasureId = (typeof FOOT_MEASURES)[number];

export const FOOT_MEASURE_LABELS: Record<FootMeasureId, string> = {
  fpi6: 'FPI-6',
  arch: 'Arch',
  navicularDrop: 'Navicular drop',
  rcsp: 'Heel angle in stance (RCSP)',
  helbingSign: 'Helbing’s sign',
  footProgression: 'Foot progression angle',
  kneeToWall: 'Knee-to-wall lunge',
  firstMtp: 'Big-toe upward bend',
  halluxValgus: 'Hallux valgus (Manchester)',
  calluses: 'Calluses',
};

export interface FootReading {
  readonly measure: FootMeasureId;
  readonly value: number | null;
  readonly valueText: string;
  /** Band or option id; null when the band cannot be settled (e.g. FPI-6 item omitted). */
  readonly category: string | null;
  readonly categoryLabel: string | null;
  readonly isFinding: boolean;
  readonly excursion: Excursion | null;
  /** The typical range the excursion is measured from, e.g. { name: 'normal range', span: '0 to +5' }. */
  readonly typicalRange: TypicalRange | null;
  readonly signals: readonly PostureSignal[];
  /** null for plain observations the reference gives no rule for (e.g. calluses). */
  readonly source: Source | null;
  /** Context for the measure as a whole (e.g. reliability, no cut-off, item omitted). */
  readonly note?: string;
  /** Said alongside a finding where the evidence asks for it. */
  readonly findingNote?: string;
}

export interface TypicalRange {
  readonly name: string;
  readonly span: string;
}

function typicalRangeOf(set: BandSet, format: (value: number) => string): TypicalRange | null {
  const span = typicalRangeText(set, format);
  return span === null ? null : { name: set.typicalRangeName, span };
}

export interface FootReadingOptions {
  /** Chooses children's foot-progression bands for ages 4–16. */
  readonly ageYears?: number | null;
}

function bandReading(
  measure: FootMeasureId,
  set: BandSet,
  value: number,
  valueText: string,
  signalsByCategory: Partial<Record<string, PostureSignal>>,
): FootReading {
  const band = classify(set, value);
  // An unverified band set may describe a value but never feeds a muscle hypothesis.
  const signal = band && set.verified ? signalsByCategory[band.category] : undefined;
  return {
    measure,
    value,
    valueText,
    category: band?.category ?? null,
    categoryLabel: band?.label ?? null,
    isFinding: band?.isFinding ?? false,
    excursion: excursionFromTypical(set, value),
    typicalRange: typicalRangeOf(set, (edge) => formatWithUnit(edge, set.unit)),
    signals: signal ? [signal] : [],
    source: set.source,
    ...(set.note === undefined ? {} : { note: set.note }),
    ...(band?.note === undefined ? {} : { findingNote: band.note }),
  };
}

function fpiReading(items: readonly (number | null)[]): FootReading | null {
  const score = scoreFpi6(items);
  if (!score) return null;
  const signal: Partial<Record<string, PostureSignal>> = {
    pronated: 'pronation',
    'highly-pronated': 'pronation',
    supinated: 'supination',
    'highly-supinated': 'supination',
  };
  const typicalRange = typicalRangeOf(FPI6_BANDS, formatSigned);
  if (score.complete) {
    return {
      ...bandReading('fpi6', FPI6_BANDS, score.total, formatSigned(score.total), signal),
      typicalRange,
    };
  }
  const band = score.band;
  const omitted = `${score.omittedItems.length === 1 ? 'Item' : 'Items'} ${score.omittedItems.join(', ')}`;
  const bandSignal = band ? signal[band.category] : undefined;
  return {
    measure: 'fpi6',
    value: score.total,
    valueText: `${formatSigned(score.total)} from ${score.itemsScored} of 6 items`,
    category: band?.category ?? null,
    categoryLabel: band?.label ?? null,
    isFinding: band?.isFinding ?? false,
    excursion: null,
    typicalRange,
    signals: bandSignal ? [bandSignal] : [],
    source: SOURCES.fpiProcedure,
    note: band
      ? `${omitted} omitted; the band holds whatever it would have scored.`
      : `${omitted} omitted; the full total could be ${formatSigned(score.possibleRange.min)} to ${formatSigned(score.possibleRange.max)}, so no band is given.`,
  };
}

function categorical(
  measure: FootMeasureId,
  category: string,
  label: string,
  isFinding: boolean,
  source: Source | null,
  signals: readonly PostureSignal[] = [],
): FootReading {
  return {
    measure,
    value: null,
    valueText: label.toLowerCase(),
    category,
    categoryLabel: label,
    isFinding,
    excursion: null,
    typicalRange: null,
    signals,
    source,
  };
}

/**
 * Every assessed measure of one foot, in display order. Unassessed measures are absent — never
 * reported as typical. RCSP eversion and Helbing's sign are described but raise no pronation
 * signal: healthy adults average about 6° everted and Helbing's sign has little value alone.
 */
export function readFoot(foot: FootExam, options: FootReadingOptions = {}): FootReading[] {
  const readings: (FootReading | null)[] = [];
  if (foot.fpi6) readings.push(fpiReading(foot.fpi6.items));
  if (isPresent(foot.arch)) {
    const signals: PostureSignal[] =
      foot.arch === 'low' ? ['pronation'] : foot.arch === 'high' ? ['supination'] : [];
    readings.push(
      categorical(
        'arch',
        foot.arch,
        ARCH_LABELS[foot.arch],
        foot.arch !== 'neutral',
        SOURCES.nasmDistortionPatternsCurrent,
        signals,
      ),
    );
  }
  if (isPresent(foot.navicularDropMm)) {
    const value = foot.navicularDropMm;
    readings.push(
      bandReading('navicularDrop', NAVICULAR_DROP_BANDS, value, formatWithUnit(value, 'mm'), {
        excessive: 'pronation',
      }),
    );
  }
  if (isPresent(foot.rcspEversionDeg)) {
    const value = foot.rcspEversionDeg;
    const direction = value > 0 ? ' everted' : value < 0 ? ' inverted' : '';
    readings.push(
      bandReading(
        'rcsp',
        RCSP_BANDS,
        value,
        `${formatWithUnit(Math.abs(value), 'deg')}${direction}`,
        {
          inverted: 'supination',
        },
      ),
    );
  }
  if (isPresent(foot.helbingSign)) {
    readings.push(
      categorical(
        'helbingSign',
        foot.helbingSign ? 'present' : 'absent',
        foot.helbingSign ? 'Present' : 'Absent',
        foot.helbingSign,
        SOURCES.helbingSign,
      ),
    );
  }
  if (isPresent(foot.footProgressionAngleDeg)) {
    const value = foot.footProgressionAngleDeg;
    const direction = value > 0 ? ' toe-out' : value < 0 ? ' toe-in' : '';
    readings.push(
      bandReading(
        'footProgression',
        footProgressionBandsFor(options.ageYears ?? null),
        value,
        `${formatWithUnit(Math.abs(value), 'deg')}${direction}`,
        { 'increased-toe-out': 'feet-turn-out', 'toe-in': 'feet-turn-in' },
      ),
    );
  }
  if (isPresent(foot.kneeToWallCm)) {
    const value = foot.kneeToWallCm;
    readings.push({
      measure: 'kneeToWall',
      value,
      valueText: formatWithUnit(value, 'cm'),
      category: null,
      categoryLabel: null,
      isFinding: false,
      excursion: null,
      typicalRange: null,
      signals: [],
      source: SOURCES.lungeMethod,
      note: 'No validated cut-off for a restricted lunge exists in general adults; compare sides and visits.',
    });
  }
  if (isPresent(foot.firstMtpDorsiflexionDeg)) {
    const value = foot.firstMtpDorsiflexionDeg;
    readings.push(
      bandReading('firstMtp', FIRST_MTP_BANDS, value, formatWithUnit(value, 'deg'), {}),
    );
  }
  if (isPresent(foot.halluxValgusGrade)) {
    const grade = foot.halluxValgusGrade;
    readings.push(
      categorical(
        'halluxValgus',
        grade,
        HALLUX_VALGUS_LABELS[grade],
        grade !== 'none',
        SOURCES.manchesterScale,
      ),
    );
  }
  if (isPresent(foot.calluses)) {
    const sites = foot.calluses.map((site) => CALLUS_SITE_LABELS[site].toLowerCase());
    const label = sites.length === 0 ? 'None seen' : sites.join(', ');
    readings.push(
      categorical(
        'calluses',
        sites.length === 0 ? 'none' : 'present',
        label,
        sites.length > 0,
        null,
      ),
    );
  }
  return readings.filter((reading): reading is FootReading => reading !== null);
}
