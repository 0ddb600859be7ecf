import { describe, expect, it } from 'vitest';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { assessmentBodySchema } from '../../../shared/domain/clinical';
import {
  findingWithGrade,
  findingWithNote,
  withFinding,
} from '../../../renderer/features/assessment/findings';
import { choosePrevious } from '../../../renderer/features/assessment/previous-choice';

function item(
  assessmentId: string,
  assessedOn: string,
  status: 'draft' | 'final',
  { revision = 1, createdAt = `${assessedOn}T09:00:00.000Z` } = {},
): AssessmentListItem {
  return {
    assessmentId,
    assessedOn,
    status,
    revision,
    revisionCount: revision,
    photoCount: 0,
    createdAt,
    updatedAt: createdAt,
    finalizedAt: status === 'final' ? createdAt : null,
    rulesVersion: 'test',
    amendmentReason: '',
    painNow: null,
    disabilityScore: null,
    disabilityInstrument: null,
    fpiLeft: null,
    fpiRight: null,
  };
}

const today = {
  assessmentId: 'today',
  assessedOn: '2026-03-10',
  createdAt: '2026-03-10T10:00:00Z',
};

describe('the assessment the form compares with', () => {
  it('is the latest final one before this, skipping a later draft with half-typed numbers', () => {
    const list = [
      item('today', '2026-03-10', 'draft'),
      item('draft-last-week', '2026-03-03', 'draft'),
      item('final-last-month', '2026-02-10', 'final'),
      item('final-older', '2026-01-05', 'final'),
    ];
    expect(choosePrevious(list, today)).toEqual({
      assessmentId: 'final-last-month',
      revision: null,
    });
  });

  it('is none when no earlier assessment was ever finalized', () => {
    const list = [item('today', '2026-03-10', 'draft'), item('draft', '2026-02-01', 'draft')];
    expect(choosePrevious(list, today)).toBeNull();
  });

  it('uses the final revision behind an amendment that is still a draft', () => {
    const list = [item('amending', '2026-02-20', 'draft', { revision: 3 })];
    expect(choosePrevious(list, today)).toEqual({ assessmentId: 'amending', revision: 2 });
  });

  it('never compares with a later assessment, and on the same day only with one started earlier', () => {
    const list = [
      item('tomorrow', '2026-03-11', 'final'),
      item('same-day-later', '2026-03-10', 'final', { createdAt: '2026-03-10T11:00:00Z' }),
      item('same-day-earlier', '2026-03-10', 'final', { createdAt: '2026-03-10T08:00:00Z' }),
    ];
    expect(choosePrevious(list, today)?.assessmentId).toBe('same-day-earlier');
  });
});

describe('a note on a posture finding', () => {
  const body: AssessmentBody = { schemaVersion: 1 };
  const graded = withFinding(
    body,
    'anterior.knee.alignment',
    'left',
    findingWithGrade(undefined, 'anterior.knee.alignment', 'left', 'mild:valgus'),
  );

  it('is added to the graded finding and kept when the grade changes', () => {
    const finding = graded.checkpointFindings?.[0];
    const noted = findingWithNote(
      finding,
      'anterior.knee.alignment',
      'left',
      'Worse on the stairs',
    );
    expect(noted).toMatchObject({
      severity: 'mild',
      deviation: 'valgus',
      note: 'Worse on the stairs',
    });
    const regraded = findingWithGrade(
      noted ?? undefined,
      'anterior.knee.alignment',
      'left',
      'none',
    );
    expect(regraded).toMatchObject({ severity: 'none', note: 'Worse on the stairs' });
  });

  it('can stand on its own before the finding is graded, and is valid then', () => {
    const noted = findingWithNote(undefined, 'posterior.scapula.elevation', 'right', 'Check again');
    expect(noted).toEqual({
      checkpointId: 'posterior.scapula.elevation',
      side: 'right',
      severity: null,
      deviation: null,
      note: 'Check again',
    });
    const withNote = withFinding(body, 'posterior.scapula.elevation', 'right', noted);
    expect(assessmentBodySchema.safeParse(withNote).success).toBe(true);
  });

  it('removes an emptied note, and the whole finding when nothing else was recorded', () => {
    expect(
      findingWithNote(
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'left',
          severity: null,
          deviation: null,
          note: 'x',
        },
        'anterior.knee.alignment',
        'left',
        '',
      ),
    ).toBeNull();
    const finding = graded.checkpointFindings?.[0];
    const kept = findingWithNote({ ...finding!, note: 'x' }, 'anterior.knee.alignment', 'left', '');
    expect(kept).not.toHaveProperty('note');
    expect(kept?.severity).toBe('mild');
  });
});
