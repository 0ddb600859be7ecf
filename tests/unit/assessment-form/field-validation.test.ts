import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { MESSAGES } from '../../../shared/domain/clinical';
import { findingWithGrade, withFinding } from '../../../renderer/features/assessment/findings';
import type { FormDoc } from '../../../renderer/features/assessment/form-store';
import { FormStore } from '../../../renderer/features/assessment/form-store';
import type { Path } from '../../../renderer/features/assessment/paths';
import { setAt } from '../../../renderer/features/assessment/paths';
import { changedPaths, scopeOf } from '../../../renderer/features/assessment/schema-scope';
import {
  NOT_A_NUMBER,
  savableContent,
  validator,
  withoutRefused,
} from '../../../renderer/features/assessment/validation';

const id = '6f1f7a3e-8a54-4c1e-9b7e-2c1d3e4f5a6b';
const day = '2026-01-15';
const request = contract['assessments:saveDraft'].request;
const check = validator(id, 1);

const filled: AssessmentBody = {
  schemaVersion: 1,
  pain: { nprsNow: 4, nprsBestLastWeek: 2, nprsWorstLastWeek: 6, onset: 'Lifting' },
  feet: {
    left: { navicularDropMm: 7, fpi6: { items: [0, 1, null, 2, -1, 0] } },
    right: { kneeToWallCm: 9 },
  },
  oswestry: { variant: 'odi-2.1a', sections: [0, 1, 2, 3, 4, 5, 0, 1, 2, 3] },
  notes: 'Stiff in the morning',
};

const docOf = (body: AssessmentBody, assessedOn = day): FormDoc => ({
  assessedOn,
  body,
  unparsed: {},
});

const scopeKey = (path: Path) => scopeOf(request, ['body', ...path]).path.join('.');

describe('the part of the schema an edit is checked against', () => {
  it('is the field itself when no group above it checks across its members', () => {
    expect(scopeKey(['feet', 'left', 'navicularDropMm'])).toBe('body.feet.left.navicularDropMm');
    expect(scopeKey(['notes'])).toBe('body.notes');
    expect(scopeOf(request, ['assessedOn']).path).toEqual(['assessedOn']);
  });

  it('is the whole group or list when that group has checks of its own', () => {
    // Pain checks best against worst; a list checks its length; findings check each other.
    expect(scopeKey(['pain', 'nprsBestLastWeek'])).toBe('body.pain');
    expect(scopeKey(['feet', 'left', 'fpi6', 'items', 2])).toBe('body.feet.left.fpi6.items');
    expect(scopeKey(['checkpointFindings', 3, 'note'])).toBe('body.checkpointFindings');
    expect(scopeKey(['feet', 'right', 'calluses', 0])).toBe('body.feet.right.calluses');
  });

  it('is the group that would refuse a key the schema does not know', () => {
    expect(scopeKey(['feet', 'left', 'toeLengthMm'])).toBe('body.feet.left');
  });
});

describe('where an edit changed the document', () => {
  it('follows only the branches whose identity changed', () => {
    const edited = setAt(filled, ['feet', 'left', 'navicularDropMm'], 8);
    expect(changedPaths(filled, edited)).toEqual([['feet', 'left', 'navicularDropMm']]);
    expect(changedPaths(filled, filled)).toEqual([]);
    expect(changedPaths(filled, setAt(filled, ['pain'], undefined))).toEqual([['pain']]);
  });
});

describe('checking the field that changed', () => {
  it('flags a bad value in the changed field with the same message a whole-document check gives', () => {
    const store = new FormStore(docOf(filled), check);
    store.setBody(['feet', 'left', 'navicularDropMm'], -2);
    const whole = check.all(store.get().doc);
    expect(whole['body.feet.left.navicularDropMm']).toBe(MESSAGES.navicularDropNegative);
    expect(store.get().issues).toEqual({
      'body.feet.left.navicularDropMm': MESSAGES.navicularDropNegative,
    });
    store.setBody(['feet', 'left', 'navicularDropMm'], 55);
    expect(store.get().issues).toEqual({
      'body.feet.left.navicularDropMm': MESSAGES.navicularDropTooLarge,
    });
  });

  it('does not flag a valid value, and clears the message once the value is corrected', () => {
    const store = new FormStore(docOf(filled), check);
    store.setBody(['feet', 'left', 'navicularDropMm'], 12.5);
    expect(store.get().issues).toEqual({});
    store.setBody(['feet', 'right', 'kneeToWallCm'], -1);
    store.setBody(['feet', 'right', 'kneeToWallCm'], 4);
    expect(store.get().issues).toEqual({});
  });

  it('keeps the messages of fields it did not check', () => {
    const store = new FormStore(docOf(setAt(filled, ['feet', 'right', 'kneeToWallCm'], 99)), check);
    expect(store.get().issues).toEqual({
      'body.feet.right.kneeToWallCm': MESSAGES.kneeToWallTooLarge,
    });
    store.setBody(['notes'], 'Better after walking');
    expect(store.get().issues).toEqual({
      'body.feet.right.kneeToWallCm': MESSAGES.kneeToWallTooLarge,
    });
  });

  it('checks across a group: best pain above worst is flagged on "best" when "worst" changes', () => {
    const store = new FormStore(docOf(filled), check);
    store.setBody(['pain', 'nprsWorstLastWeek'], 1);
    expect(store.get().issues).toEqual({
      'body.pain.nprsBestLastWeek': MESSAGES.painBestAboveWorst,
    });
    store.setBody(['pain', 'nprsWorstLastWeek'], 7);
    expect(store.get().issues).toEqual({});
  });

  it('flags a checkpoint recorded twice, and a refused date', () => {
    const graded = findingWithGrade(undefined, 'anterior.foot.direction', 'left', 'none');
    if (!graded) throw new Error('A grade of "none" is a finding.');
    const once = withFinding(filled, 'anterior.foot.direction', 'left', graded);
    const store = new FormStore(docOf(once), check);
    store.updateBody((body) => ({
      ...body,
      checkpointFindings: [...(body.checkpointFindings ?? []), graded],
    }));
    expect(store.get().issues).toEqual({
      'body.checkpointFindings.1.checkpointId':
        'This checkpoint is recorded twice for the same side.',
    });
    store.setAssessedOn('2999-01-01');
    expect(store.get().issues).toEqual(check.all(store.get().doc));
    expect(Object.keys(store.get().issues)).toContain('assessedOn');
  });

  it('keeps "not a number" apart from the schema: it is shown, never held back', () => {
    const store = new FormStore(docOf(filled), check);
    store.setUnparsed('body.feet.left.kneeToWallCm', '9x');
    expect(store.get().issues).toEqual({ 'body.feet.left.kneeToWallCm': NOT_A_NUMBER });
    expect(store.get().refused).toEqual({});
  });
});

/** A small deterministic generator, so a failure names the edit that caused it. */
function* edits(seed: number, count: number): Generator<[Path, unknown]> {
  const choices: [Path, unknown[]][] = [
    [
      ['feet', 'left', 'navicularDropMm'],
      [undefined, 0, 8.5, -3, 41, 'x'],
    ],
    [
      ['feet', 'right', 'kneeToWallCm'],
      [undefined, 4, 31, -1],
    ],
    [
      ['feet', 'left', 'fpi6', 'items', 2],
      [null, -2, 3, 1],
    ],
    [
      ['feet', 'left', 'fpi6'],
      [undefined, { items: [0, 0, 0] }],
    ],
    [
      ['feet', 'right', 'calluses'],
      [undefined, [], ['heel', 'heel'], ['heel']],
    ],
    [
      ['pain', 'nprsBestLastWeek'],
      [undefined, 0, 5, 9, 11, 2.5],
    ],
    [
      ['pain', 'nprsWorstLastWeek'],
      [undefined, 1, 4, 10],
    ],
    [['pain'], [undefined, { nprsNow: 3 }]],
    [
      ['oswestry', 'sections', 4],
      [null, 2, 6],
    ],
    [
      ['oswestry', 'variant'],
      ['odi-2.1a', 'nonsense'],
    ],
    [['notes'], [undefined, 'Better', 'x'.repeat(4001)]],
    [
      ['feet', 'left', 'toeLengthMm'],
      [undefined, 3],
    ],
    [
      ['footwear', 'orthotics'],
      [undefined, 'custom', 'shoes'],
    ],
  ];
  // mulberry32: small, and well spread in its low bits.
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return (mixed ^ (mixed >>> 14)) >>> 0;
  };
  for (let step = 0; step < count; step += 1) {
    const [path, values] = choices[next() % choices.length]!;
    yield [path, values[next() % values.length]];
  }
}

describe('checking edit by edit gives what checking the whole document gives', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`after every edit of run ${seed}`, () => {
      const store = new FormStore(docOf(filled), check);
      for (const [path, value] of edits(seed, 200)) {
        store.setBody(path, value);
        expect(store.get().refused, `after ${path.join('.')} = ${String(value)}`).toEqual(
          check.all(store.get().doc),
        );
      }
    });
  }
});

describe('saving', () => {
  it('holds back the fields the store already knows are refused, without parsing again', () => {
    const typed = setAt(setAt(filled, ['feet', 'left', 'navicularDropMm'], -3), ['notes'], 'New');
    const store = new FormStore(docOf(typed), check);
    const result = savableContent(
      id,
      1,
      store.get().doc,
      { assessedOn: day, body: filled },
      {
        refused: store.get().refused,
      },
    );
    expect(result.heldBack).toEqual(['body.feet.left.navicularDropMm']);
    expect(result.body.feet?.left?.navicularDropMm).toBe(7);
    expect(result.body.notes).toBe('New');
  });
});

describe('the summary document', () => {
  it('drops only the refused values, section by section, and reuses unchanged sections', () => {
    const typed = setAt(filled, ['pain', 'nprsNow'], 12);
    const cleaned = withoutRefused(typed);
    expect(cleaned.pain).toEqual({ nprsBestLastWeek: 2, nprsWorstLastWeek: 6, onset: 'Lifting' });
    expect(cleaned.feet).toBe(filled.feet);
    expect(withoutRefused(typed).pain).toBe(cleaned.pain);
  });

  it('is empty for a document in a format this version does not know', () => {
    expect(withoutRefused({ ...filled, schemaVersion: 2 } as unknown as AssessmentBody)).toEqual({
      schemaVersion: 1,
    });
  });
});
