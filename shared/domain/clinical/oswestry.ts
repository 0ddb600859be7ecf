/**
 * Oswestry Disability Index (ODI v2.1a) and the modified version (Fritz & Irrgang 2001).
 *
 * Licence: ODI © J. Fairbank 1980, distributed by Mapi Research Trust; fees may apply to
 * commercial software. The statement texts are therefore NOT in the app: the practitioner enters
 * each section's 0–5 score from their licensed form. Section topics below are facts, in our words.
 */
import type { Band, BandSet } from './bands';
import { above, atLeast, atMost, classify } from './bands';
import type { Source } from './sources';
import { SOURCES } from './sources';

export const OSWESTRY_SECTION_COUNT = 10;
export const OSWESTRY_SECTION_MAX = 5;

export const OSWESTRY_VARIANTS = ['odi-2.1a', 'modified'] as const;
export type OswestryVariant = (typeof OSWESTRY_VARIANTS)[number];

export interface OswestrySection {
  readonly number: number;
  readonly id: string;
  readonly label: string;
}

const SECTIONS: readonly OswestrySection[] = [
  { number: 1, id: 'painIntensity', label: 'Pain intensity' },
  { number: 2, id: 'personalCare', label: 'Personal care' },
  { number: 3, id: 'lifting', label: 'Lifting' },
  { number: 4, id: 'walking', label: 'Walking' },
  { number: 5, id: 'sitting', label: 'Sitting' },
  { number: 6, id: 'standing', label: 'Standing' },
  { number: 7, id: 'sleeping', label: 'Sleeping' },
  { number: 8, id: 'sexLife', label: 'Sex life (if applicable)' },
  { number: 9, id: 'socialLife', label: 'Social life' },
  { number: 10, id: 'travelling', label: 'Travelling' },
];

/** The modified version replaces section 8 with work or home duties (SOURCES.modifiedOswestryMcid). */
export function oswestrySections(variant: OswestryVariant): readonly OswestrySection[] {
  if (variant === 'odi-2.1a') return SECTIONS;
  return SECTIONS.map((section) =>
    section.number === 8
      ? { number: 8, id: 'employmentOrHomemaking', label: 'Work or home duties' }
      : section,
  );
}

export type OswestryCategory = 'minimal' | 'moderate' | 'severe' | 'very-severe' | 'highest';

/**
 * ODI bands 0–20 / 21–40 / 41–60 / 61–80 / 81–100 % (SOURCES.oswestryBands). The published bands
 * are whole numbers but a skipped section gives fractions (e.g. 35.6 %), so each band's upper
 * number is used as an inclusive ceiling: 20.0 is minimal, 20.1 moderate.
 */
export const OSWESTRY_BANDS: BandSet<OswestryCategory> = {
  id: 'oswestry',
  measure: 'Oswestry disability',
  unit: 'percent',
  source: SOURCES.oswestryBands,
  verified: true,
  typicalRangeName: 'minimal range',
  bands: [
    {
      category: 'minimal',
      label: 'Minimal disability',
      lower: atLeast(0),
      upper: atMost(20),
      isFinding: false,
    },
    {
      category: 'moderate',
      label: 'Moderate disability',
      lower: above(20),
      upper: atMost(40),
      isFinding: true,
    },
    {
      category: 'severe',
      label: 'Severe disability',
      lower: above(40),
      upper: atMost(60),
      isFinding: true,
    },
    {
      category: 'very-severe',
      label: 'Very severe: back pain affects most of daily life',
      lower: above(60),
      upper: atMost(80),
      isFinding: true,
    },
    {
      category: 'highest',
      label: 'Highest range: largely confined to bed, or answers need a careful review',
      lower: above(80),
      upper: atMost(100),
      isFinding: true,
    },
  ],
};

export interface OswestryScore {
  /** 0–100, unrounded; format for display only. */
  readonly percent: number;
  readonly sumOfAnswered: number;
  readonly sectionsAnswered: number;
  /** Section numbers (1–10) left blank. */
  readonly skippedSections: readonly number[];
  /**
   * Bands were published for the ODI; they are not applied to the modified version, whose
   * section 8 differs.
   */
  readonly band: Band<OswestryCategory> | null;
  readonly source: Source;
}

/**
 * Score = sum of answered sections ÷ (5 × sections answered) × 100; each skipped section lowers
 * the denominator by 5 (SOURCES.oswestryScoring). No limit on skipped sections is given by that
 * rule, so none is imposed; the count answered is returned so reports can show it. (The AO
 * alternative imputes one missing section with the mean, which gives the same percentage for one
 * skip, and gives no score for more than one.) Returns null when no section was answered.
 */
export function scoreOswestry(
  sections: readonly (number | null)[],
  variant: OswestryVariant = 'odi-2.1a',
): OswestryScore | null {
  if (sections.length !== OSWESTRY_SECTION_COUNT) {
    throw new RangeError(`The Oswestry has ${OSWESTRY_SECTION_COUNT} sections.`);
  }
  let sumOfAnswered = 0;
  const skippedSections: number[] = [];
  sections.forEach((score, index) => {
    if (score === null) {
      skippedSections.push(index + 1);
      return;
    }
    if (!Number.isInteger(score) || score < 0 || score > OSWESTRY_SECTION_MAX) {
      throw new RangeError('Each Oswestry section is scored from 0 to 5.');
    }
    sumOfAnswered += score;
  });
  const sectionsAnswered = OSWESTRY_SECTION_COUNT - skippedSections.length;
  if (sectionsAnswered === 0) return null;
  const percent = (sumOfAnswered / (OSWESTRY_SECTION_MAX * sectionsAnswered)) * 100;
  return {
    percent,
    sumOfAnswered,
    sectionsAnswered,
    skippedSections,
    band: variant === 'odi-2.1a' ? classify(OSWESTRY_BANDS, percent) : null,
    source: SOURCES.oswestryScoring,
  };
}

/** When two statements are ticked in one section, the higher score counts (SOURCES.oswestryDoubleMark). */
export function resolveDoubleMarkedSection(first: number, second: number): number {
  return Math.max(first, second);
}
