import { describe, expect, it } from 'vitest';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import type { PhotoView } from '../../../shared/domain/photo-views';
import { beforeAfterText, plainMeasureName } from '../../../shared/domain/progress';
import { resolvePair, shownViews } from '../../../renderer/features/show/visit-choice';
import type { AssessmentWithPhotos } from '../../../renderer/features/photos';

const entry = (assessmentId: string, views: PhotoView[]): AssessmentWithPhotos => ({
  assessment: { assessmentId, assessedOn: '2026-01-01' } as AssessmentListItem,
  photos: views.map((view) => ({ id: `${assessmentId}-${view}`, view }) as PhotoInfo),
});

const entries = [
  entry('first', ['anterior']),
  entry('no-photos', []),
  entry('middle', ['anterior', 'right-lateral']),
  entry('latest', ['anterior']),
];

describe('the presentation’s choice of visits', () => {
  it('puts views taken at two or more visits first', () => {
    expect(shownViews(entries)).toEqual(['anterior', 'right-lateral']);
  });

  it('starts with the first and the latest visit that have a photo of the view', () => {
    const pair = resolvePair(entries, { view: null, earlierId: null, laterId: null })!;
    expect(pair.view).toBe('anterior');
    expect(pair.candidates.map((item) => item.assessment.assessmentId)).toEqual([
      'first',
      'middle',
      'latest',
    ]);
    expect([pair.earlier.assessment.assessmentId, pair.later.assessment.assessmentId]).toEqual([
      'first',
      'latest',
    ]);
  });

  it('keeps what she picked, and falls back when the view has no photo that day', () => {
    const picked = resolvePair(entries, { view: 'anterior', earlierId: 'middle', laterId: null })!;
    expect(picked.earlier.assessment.assessmentId).toBe('middle');
    const side = resolvePair(entries, {
      view: 'right-lateral',
      earlierId: 'first',
      laterId: 'latest',
    })!;
    expect(side.earlier.assessment.assessmentId).toBe('middle');
    expect(side.later.assessment.assessmentId).toBe('middle');
  });

  it('offers every visit when there are no photos, and nothing for a client with no visits', () => {
    const plain = [entry('a', []), entry('b', [])];
    const pair = resolvePair(plain, { view: null, earlierId: null, laterId: null })!;
    expect(pair.view).toBeNull();
    expect(pair.later.assessment.assessmentId).toBe('b');
    expect(resolvePair([], { view: null, earlierId: null, laterId: null })).toBeNull();
  });
});

describe('measures in the client’s words', () => {
  it('names photo measures with the photo they come from', () => {
    expect(plainMeasureName('pain-now')).toBe('Pain on the day');
    expect(plainMeasureName('craniovertebral-angle@right-lateral')).toMatch(
      /^Neck angle .*, right side photo$/,
    );
  });

  it('writes the values with their unit and a real minus sign', () => {
    const change = { before: -1.24, after: 0.5, unit: '°', decimals: 1 };
    expect(beforeAfterText({ ...change } as Parameters<typeof beforeAfterText>[0])).toBe(
      '\u22121.2° \u2192 0.5°',
    );
  });
});
