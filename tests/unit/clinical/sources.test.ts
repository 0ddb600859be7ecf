import { describe, expect, it } from 'vitest';
import type { BandSet } from '../../../shared/domain/clinical';
import {
  CHECKPOINTS,
  CRANIOVERTEBRAL_ANGLE_BANDS,
  FIRST_MTP_BANDS,
  FOOT_PROGRESSION_ADULT_BANDS,
  FOOT_PROGRESSION_CHILD_BANDS,
  FPI6_BANDS,
  MUSCLE_TABLES,
  NAVICULAR_DROP_BANDS,
  NPRS_BANDS,
  NPRS_BANDS_CHRONIC_MSK,
  NPRS_BANDS_COMMUNITY,
  OSWESTRY_BANDS,
  PELVIC_OBLIQUITY_BANDS,
  RCSP_BANDS,
  RULES_VERSION,
  SOURCES,
  START_BACK_THRESHOLDS,
} from '../../../shared/domain/clinical';

const bandSets: readonly BandSet[] = [
  FPI6_BANDS,
  NAVICULAR_DROP_BANDS,
  RCSP_BANDS,
  FIRST_MTP_BANDS,
  FOOT_PROGRESSION_ADULT_BANDS,
  FOOT_PROGRESSION_CHILD_BANDS,
  NPRS_BANDS,
  NPRS_BANDS_COMMUNITY,
  NPRS_BANDS_CHRONIC_MSK,
  OSWESTRY_BANDS,
  CRANIOVERTEBRAL_ANGLE_BANDS,
  PELVIC_OBLIQUITY_BANDS,
];

describe('sources and versioning', () => {
  it('stamps a rules version', () => {
    expect(RULES_VERSION).toMatch(/\S/);
  });

  it('gives every verified source an address, and names what is missing for the rest', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.citation.length).toBeGreaterThan(0);
      if (source.verified) expect(source.url).toMatch(/^(https?:\/\/|[\w-]+\/[\w-]+:)/);
      else expect(source.citation).toMatch(/NOT FOUND|UNVERIFIED/);
    }
  });

  it('gives every band set a source, ordered, contiguous bands and a typical range', () => {
    for (const set of bandSets) {
      expect(set.source.citation.length).toBeGreaterThan(0);
      expect(set.bands.some((band) => !band.isFinding)).toBe(true);
      set.bands.slice(1).forEach((band, index) => {
        const upper = set.bands[index]?.upper;
        const lower = band.lower;
        if (!upper || !lower) throw new Error(`${set.id}: inner band edges must be set`);
        if (upper.value === lower.value) {
          // A shared edge belongs to exactly one of the two bands.
          expect(upper.inclusive).not.toBe(lower.inclusive);
        } else {
          // Whole-number scores: consecutive integers, both inclusive.
          expect(set.unit).toBe('points');
          expect(lower.value - upper.value).toBe(1);
        }
      });
    }
  });

  it('keeps every muscle table with its edition and source', () => {
    for (const table of MUSCLE_TABLES) {
      expect(['current', 'older-secondary']).toContain(table.edition);
      expect(table.source.citation.length).toBeGreaterThan(0);
    }
    const editions = (id: string) =>
      MUSCLE_TABLES.filter((table) => table.id === id).map((table) => table.edition);
    expect(editions('pronation-distortion')).toEqual(['current', 'older-secondary']);
  });

  it('carries sources on thresholds and checkpoints', () => {
    expect(START_BACK_THRESHOLDS.source.verified).toBe(true);
    for (const checkpoint of CHECKPOINTS) expect(checkpoint.source.citation).not.toBe('');
  });
});
