import { describe, expect, it } from 'vitest';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { MESSAGES } from '../../../shared/domain/clinical';
import {
  findingWithGrade,
  findingWithValue,
  withFinding,
} from '../../../renderer/features/assessment/findings';
import { FormStore } from '../../../renderer/features/assessment/form-store';
import { getAt, setAt } from '../../../renderer/features/assessment/paths';
import { fromShown, parseNumber, toShown } from '../../../renderer/features/assessment/units';
import {
  NOT_A_NUMBER,
  savableContent,
  validator,
  withoutRefused,
} from '../../../renderer/features/assessment/validation';

const id = '6f1f7a3e-8a54-4c1e-9b7e-2c1d3e4f5a6b';
const day = '2026-01-15';
const saved: AssessmentBody = {
  schemaVersion: 1,
  pain: { nprsNow: 4, nprsBestLastWeek: 2, nprsWorstLastWeek: 6 },
  feet: { right: { navicularDropMm: 7 } },
};

describe('paths', () => {
  it('writes without touching unchanged branches and removes groups left empty', () => {
    const body: AssessmentBody = { schemaVersion: 1, pain: { nprsNow: 3 }, notes: 'x' };
    const next = setAt(body, ['feet', 'left', 'navicularDropMm'], 8);
    expect(getAt(next, ['feet', 'left', 'navicularDropMm'])).toBe(8);
    expect(next.pain).toBe(body.pain);
    expect(setAt(next, ['feet', 'left', 'navicularDropMm'], undefined).feet).toBeUndefined();
    expect(setAt(body, ['pain', 'nprsNow'], undefined).pain).toBeUndefined();
  });
});

describe('holding back refused values', () => {
  it('sends the last saved value for a refused field and everything else as typed', () => {
    const typed = setAt(setAt(saved, ['feet', 'right', 'navicularDropMm'], -3), ['notes'], 'New');
    const result = savableContent(
      id,
      1,
      { assessedOn: day, body: typed, unparsed: {} },
      { assessedOn: day, body: saved },
    );
    expect(result.heldBack).toEqual(['body.feet.right.navicularDropMm']);
    expect(result.body.feet?.right?.navicularDropMm).toBe(7);
    expect(result.body.notes).toBe('New');
  });

  it('leaves out a value whose saved version still clashes with the rest', () => {
    // Worst pain lowered below the saved best: restoring "best" is not enough, so it is left out.
    const typed = setAt(
      setAt(saved, ['pain', 'nprsWorstLastWeek'], 1),
      ['pain', 'nprsBestLastWeek'],
      5,
    );
    const result = savableContent(
      id,
      1,
      { assessedOn: day, body: typed, unparsed: {} },
      { assessedOn: day, body: saved },
    );
    expect(result.body.pain?.nprsWorstLastWeek).toBe(1);
    expect(result.body.pain?.nprsBestLastWeek).toBeUndefined();
  });

  it('keeps the saved date when the typed one is refused', () => {
    const result = savableContent(
      id,
      1,
      { assessedOn: '2999-01-01', body: saved, unparsed: {} },
      { assessedOn: day, body: saved },
    );
    expect(result).toMatchObject({ assessedOn: day, heldBack: ['assessedOn'] });
  });

  it('matches posture findings by checkpoint and side, not by position in the list', () => {
    let typed: AssessmentBody = { schemaVersion: 1 };
    const add = (body: AssessmentBody, valueDeg: number) =>
      withFinding(
        body,
        'anterior.pelvis.level',
        null,
        findingWithValue(undefined, 'anterior.pelvis.level', null, valueDeg),
      );
    typed = withFinding(
      typed,
      'anterior.foot.direction',
      'left',
      findingWithGrade(undefined, 'anterior.foot.direction', 'left', 'none'),
    );
    const lastSaved = add({ schemaVersion: 1 }, 1.2);
    typed = add(typed, 45);
    const result = savableContent(
      id,
      1,
      { assessedOn: day, body: typed, unparsed: {} },
      { assessedOn: day, body: lastSaved },
    );
    expect(result.body.checkpointFindings).toEqual([
      { checkpointId: 'anterior.foot.direction', side: 'left', severity: 'none', deviation: null },
      {
        checkpointId: 'anterior.pelvis.level',
        side: null,
        severity: null,
        deviation: null,
        valueDeg: 1.2,
      },
    ]);
  });

  it('leaves refused values out of the summary document', () => {
    const typed = setAt(saved, ['feet', 'right', 'navicularDropMm'], -3);
    expect(withoutRefused(typed).feet).toBeUndefined();
    expect(withoutRefused(typed).pain).toEqual(saved.pain);
  });
});

describe('the form store', () => {
  it('flags text that is not a number and the schema’s own messages, by issue key', () => {
    const store = new FormStore({ assessedOn: day, body: saved, unparsed: {} }, validator(id, 1));
    store.setUnparsed('body.feet.left.kneeToWallCm', '9x');
    store.setBody(['feet', 'right', 'navicularDropMm'], -1);
    expect(store.get().issues).toEqual({
      'body.feet.left.kneeToWallCm': NOT_A_NUMBER,
      'body.feet.right.navicularDropMm': MESSAGES.navicularDropNegative,
    });
    expect(store.get().version).toBe(2);
    store.setBody(['feet', 'left', 'kneeToWallCm'], 9);
    expect(store.get().doc.unparsed).toEqual({});
  });
});

describe('units', () => {
  it('types inches and stores millimetres and centimetres', () => {
    expect(fromShown(0.5, 'mm', 'imperial')).toBe(12.7);
    expect(fromShown(4, 'cm', 'imperial')).toBe(10.16);
    expect(toShown(12.7, 'mm', 'imperial')).toBe(0.5);
    expect(fromShown(12, 'deg', 'imperial')).toBe(12);
    expect(fromShown(6.5, 'mm', 'metric')).toBe(6.5);
  });

  it('reads numbers as typed, with either decimal mark and a true minus sign', () => {
    expect(parseNumber('4,5')).toEqual({ kind: 'number', value: 4.5 });
    expect(parseNumber('\u22123')).toEqual({ kind: 'number', value: -3 });
    expect(parseNumber('-')).toEqual({ kind: 'partial' });
    expect(parseNumber('12a')).toEqual({ kind: 'invalid' });
    expect(parseNumber(' ')).toEqual({ kind: 'empty' });
  });
});
