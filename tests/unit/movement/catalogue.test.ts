import { describe, expect, it } from 'vitest';
import { assessmentBodySchema } from '../../../shared/domain/clinical';
import type { Compensation } from '../../../shared/domain/movement';
import {
  COMPENSATIONS,
  FOLLOW_UPS,
  MOVEMENT_MUSCLE_TABLES,
  movementScreens,
} from '../../../shared/domain/movement';

const all = COMPENSATIONS as readonly Compensation[];
const labelsOf = (screen: string) =>
  all.filter((item) => item.screen === screen).map((item) => item.id);

describe('the movement catalogue', () => {
  it('holds the overhead squat from three views and the single-leg squat per leg', () => {
    expect(labelsOf('overhead-squat')).toEqual([
      'ohs.feet-turn-out',
      'ohs.knees-move-in',
      'ohs.knees-move-out',
      'ohs.forward-lean',
      'ohs.low-back-arches',
      'ohs.low-back-rounds',
      'ohs.arms-fall-forward',
      'ohs.feet-flatten',
      'ohs.heels-rise',
      'ohs.weight-shifts',
    ]);
    expect(labelsOf('single-leg-squat')).toEqual([
      'sls.knee-moves-in',
      'sls.hip-hikes',
      'sls.hip-drops',
      'sls.trunk-rotates-in',
      'sls.trunk-rotates-out',
      'sls.loses-balance',
    ]);
    expect(all.filter((item) => item.screen === 'single-leg-squat').every((i) => i.sided)).toBe(
      true,
    );
    expect(FOLLOW_UPS.map((item) => item.id)).toEqual(['heels-raised', 'hands-on-hips']);
  });

  it('names each item once, from a view its screen is watched from, with a source', () => {
    expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
    for (const item of all) {
      const screen = movementScreens.find((candidate) => candidate.id === item.screen);
      expect(screen?.views as readonly string[]).toContain(item.view);
      expect(item.source.citation.length).toBeGreaterThan(0);
      if (item.source.verified) expect(item.source.url).toMatch(/^(https?:\/\/|[\w-]+\/[\w-]+:)/);
    }
  });

  it('gives every signal a muscle table in the current edition and an older one beside it', () => {
    for (const signal of new Set(all.flatMap((item) => item.signals))) {
      const tables = MOVEMENT_MUSCLE_TABLES.filter((table) => table.triggeredBy.includes(signal));
      expect(tables.map((table) => table.edition).sort(), signal).toEqual([
        'current',
        'older-secondary',
      ]);
    }
  });

  it('marks the items the reference holds no checkpoint or table for as unconfirmed', () => {
    const unconfirmed = all.filter((item) => !item.source.verified).map((item) => item.id);
    expect(unconfirmed).toEqual([
      'ohs.knees-move-out',
      'ohs.low-back-rounds',
      'sls.hip-hikes',
      'sls.hip-drops',
      'sls.trunk-rotates-in',
      'sls.trunk-rotates-out',
    ]);
    for (const id of unconfirmed)
      expect(all.find((item) => item.id === id)?.signals, id).toEqual([]);
  });
});

describe('the movement part of the assessment body', () => {
  const body = (movement: unknown) => ({ schemaVersion: 1, movement });
  const messages = (value: unknown) => {
    const result = assessmentBodySchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts an assessment saved before movement existed, and an empty section', () => {
    expect(messages({ schemaVersion: 1, notes: 'Old visit' })).toEqual([]);
    expect(messages(body({}))).toEqual([]);
    expect(messages(body(null))).toEqual([]);
  });

  it('accepts graded findings and follow-ups', () => {
    expect(
      messages(
        body({
          findings: [
            { compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' },
            { compensationId: 'ohs.forward-lean', side: null, grade: 'none' },
            { compensationId: 'sls.hip-drops', side: 'right', grade: 'marked' },
          ],
          followUps: [{ followUpId: 'heels-raised', result: 'better' }],
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a side where none applies, a missing side, a repeat and an unknown item', () => {
    expect(
      messages(
        body({ findings: [{ compensationId: 'ohs.forward-lean', side: 'left', grade: 'mild' }] }),
      ),
    ).toEqual(['“Leans forward too far” is one check for the whole body: leave the side empty.']);
    expect(
      messages(
        body({ findings: [{ compensationId: 'sls.knee-moves-in', side: null, grade: 'mild' }] }),
      ),
    ).toEqual(['“Knee moves in” is recorded for each side: choose left or right.']);
    const twice = { compensationId: 'ohs.heels-rise', side: 'left', grade: 'mild' };
    expect(messages(body({ findings: [twice, twice] }))).toEqual([
      'This movement finding is recorded twice for the same side.',
    ]);
    expect(
      messages(body({ findings: [{ compensationId: 'ohs.moonwalk', side: null, grade: 'mild' }] })),
    ).toEqual(['That movement compensation is not in the list.']);
    expect(
      messages(
        body({
          followUps: [
            { followUpId: 'hands-on-hips', result: 'better' },
            { followUpId: 'hands-on-hips', result: 'same' },
          ],
        }),
      ),
    ).toEqual(['Each follow-up is recorded once.']);
  });
});
