import { describe, expect, it } from 'vitest';
import {
  FIRST_MTP_BANDS,
  FOOT_PROGRESSION_ADULT_BANDS,
  FOOT_PROGRESSION_CHILD_BANDS,
  LUNGE_MDC_CM,
  NAVICULAR_DROP_BANDS,
  RCSP_BANDS,
  assessLungeChange,
  classify,
  footProgressionBandsFor,
  readFoot,
} from '../../../shared/domain/clinical';

describe('foot progression angle (+ toe-out, − toe-in)', () => {
  it.each([
    [-0.1, 'toe-in'],
    [0, 'reduced-toe-out'],
    [4.9, 'reduced-toe-out'],
    [5, 'typical'],
    [13, 'typical'],
    [13.1, 'increased-toe-out'],
  ])('adult %d° is %s', (angle, category) => {
    expect(classify(FOOT_PROGRESSION_ADULT_BANDS, angle)?.category).toBe(category);
  });

  it.each([
    [-8.1, 'toe-in'],
    [-8, 'typical'],
    [16.4, 'typical'],
    [16.5, 'increased-toe-out'],
  ])('child %d° is %s', (angle, category) => {
    expect(classify(FOOT_PROGRESSION_CHILD_BANDS, angle)?.category).toBe(category);
  });

  it('uses the children’s bands from 4 to 16 years only', () => {
    expect(footProgressionBandsFor(3)).toBe(FOOT_PROGRESSION_ADULT_BANDS);
    expect(footProgressionBandsFor(4)).toBe(FOOT_PROGRESSION_CHILD_BANDS);
    expect(footProgressionBandsFor(16)).toBe(FOOT_PROGRESSION_CHILD_BANDS);
    expect(footProgressionBandsFor(17)).toBe(FOOT_PROGRESSION_ADULT_BANDS);
    expect(footProgressionBandsFor(null)).toBe(FOOT_PROGRESSION_ADULT_BANDS);
  });
});

describe('navicular drop, RCSP and first MTP bands', () => {
  it('flags navicular drop only above 10 mm', () => {
    expect(classify(NAVICULAR_DROP_BANDS, 10)?.category).toBe('not-excessive');
    expect(classify(NAVICULAR_DROP_BANDS, 10.1)?.category).toBe('excessive');
    expect(classify(NAVICULAR_DROP_BANDS, 0)?.category).toBe('not-excessive');
  });

  it.each([
    [-2.1, 'inverted'],
    [-2, 'rectus'],
    [2, 'rectus'],
    [2.1, 'everted'],
  ])('RCSP %d° (+ everted) is %s', (angle, category) => {
    expect(classify(RCSP_BANDS, angle)?.category).toBe(category);
  });

  it.each([
    [10, 'rigidus-range'],
    [10.1, 'limited'],
    [64.9, 'limited'],
    [65, 'adequate'],
  ])('first MTP dorsiflexion %d° is %s', (angle, category) => {
    expect(classify(FIRST_MTP_BANDS, angle)?.category).toBe(category);
  });
});

describe('knee-to-wall lunge change', () => {
  it('uses the same-rater MDC of 1.9 cm and the different-rater MDC of 1.6 cm', () => {
    expect(LUNGE_MDC_CM['same-rater'].cm).toBe(1.9);
    expect(LUNGE_MDC_CM['different-rater'].cm).toBe(1.6);
    expect(assessLungeChange(8, 9.8, 'same-rater').isBeyondMeasurementError).toBe(false);
    expect(assessLungeChange(8, 9.9, 'same-rater')).toMatchObject({
      changeCm: 1.9,
      isBeyondMeasurementError: true,
    });
    expect(assessLungeChange(10, 8.5, 'different-rater').isBeyondMeasurementError).toBe(false);
    expect(assessLungeChange(10, 8.4, 'different-rater').isBeyondMeasurementError).toBe(true);
  });
});

describe('reading one foot', () => {
  it('reports only what was assessed', () => {
    expect(readFoot({})).toEqual([]);
    expect(readFoot({ navicularDropMm: 6 }).map((reading) => reading.measure)).toEqual([
      'navicularDrop',
    ]);
  });

  it('raises a pronation signal from FPI-6, a low arch and excessive navicular drop', () => {
    const readings = readFoot({
      fpi6: { items: [2, 2, 1, 1, 1, 1] },
      arch: 'low',
      navicularDropMm: 12,
    });
    expect(readings.every((reading) => reading.signals.includes('pronation'))).toBe(true);
  });

  it('describes an everted heel and Helbing’s sign without calling them pronation', () => {
    const readings = readFoot({ rcspEversionDeg: 6, helbingSign: true });
    expect(readings.map((reading) => reading.isFinding)).toEqual([true, true]);
    expect(readings.flatMap((reading) => reading.signals)).toEqual([]);
    expect(readings[0]?.findingNote).toContain('6° everted');
  });

  it('gives the knee-to-wall value without a judgement', () => {
    const [reading] = readFoot({ kneeToWallCm: 4 });
    expect(reading).toMatchObject({ isFinding: false, category: null, valueText: '4 cm' });
    expect(reading?.note).toContain('No validated cut-off');
  });

  it('explains an FPI-6 with omitted items instead of guessing a band', () => {
    const [open] = readFoot({ fpi6: { items: [2, 2, null, null, 1, 1] } });
    expect(open).toMatchObject({ category: null, isFinding: false, signals: [] });
    expect(open?.valueText).toBe('+6 from 4 of 6 items');
    expect(open?.note).toBe(
      'Items 3, 4 omitted; the full total could be +2 to +10, so no band is given.',
    );
    // −10 from five items: the full total lies in −12…−8, all highly supinated.
    const [settled] = readFoot({ fpi6: { items: [-2, -2, -2, -2, null, -2] } });
    expect(settled).toMatchObject({ category: 'highly-supinated', signals: ['supination'] });
  });
});
