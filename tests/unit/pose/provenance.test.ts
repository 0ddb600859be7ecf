import { describe, expect, it } from 'vitest';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  markMoved,
  unconfirmedIds,
  withSuggestions,
  withoutUnconfirmed,
} from '../../../shared/domain/landmark-provenance';
import { measurePhoto, provisionalMeasures } from '../../../shared/domain/photo-measures';
import type { LandmarkSet } from '../../../shared/domain/photo-views';

const model = { model: 'blazepose-full', modelVersion: 'human-models-3.0.4' };
const herEyes: LandmarkSet = {
  points: { 'eye-right': { x: 100, y: 100 } },
};
const nothingPlaced: LandmarkSet = { points: {} };
const suggestedEyes = {
  'eye-right': { x: 90, y: 105, confidence: 0.9 },
  'eye-left': { x: 200, y: 110, confidence: 0.8 },
};

describe('suggested points', () => {
  it('join only where she has placed nothing, unconfirmed and with the model named', () => {
    const set = withSuggestions(herEyes, suggestedEyes, model);
    expect(set.points['eye-right']).toEqual({ x: 100, y: 100 });
    expect(set.points['eye-left']).toEqual({ x: 200, y: 110 });
    expect(set.provenance).toEqual({
      'eye-left': {
        source: 'suggested',
        ...model,
        confidence: 0.8,
        confirmed: false,
        moved: false,
      },
    });
    expect(unconfirmedIds(set)).toEqual(['eye-left']);
  });

  it('are confirmed one at a time, all at once, or by moving them (which says so)', () => {
    const set = withSuggestions(nothingPlaced, suggestedEyes, model);
    expect(unconfirmedIds(acceptSuggestion(set, 'eye-left'))).toEqual(['eye-right']);
    expect(unconfirmedIds(acceptAllSuggestions(set))).toEqual([]);
    const moved = markMoved(set, 'eye-right');
    expect(moved.provenance?.['eye-right']).toMatchObject({ confirmed: true, moved: true });
    expect(acceptAllSuggestions(set).provenance?.['eye-left']?.moved).toBe(false);
  });

  it('can be taken away again without touching her own points', () => {
    const set = withoutUnconfirmed(withSuggestions(herEyes, suggestedEyes, model));
    expect(set.points).toEqual(herEyes.points);
    expect(set.provenance).toEqual({});
  });
});

describe('measures from suggested points', () => {
  it('are provisional until confirmed: not in the measures that print and count', () => {
    const set = withSuggestions(nothingPlaced, suggestedEyes, model);
    const headTilt = (results: ReturnType<typeof measurePhoto>) =>
      results.find((result) => result.id === 'head-tilt');
    expect(headTilt(measurePhoto('anterior', set))?.status).toBe('not-measured');
    expect(headTilt(provisionalMeasures('anterior', set))?.status).toBe('measured');

    const confirmed = acceptAllSuggestions(set);
    expect(headTilt(measurePhoto('anterior', confirmed))?.status).toBe('measured');
    expect(provisionalMeasures('anterior', confirmed)).toEqual([]);
  });
});
