import { describe, expect, it } from 'vitest';
import type { AssessmentBody } from '../../../shared/domain/clinical';
import { interpretAssessment } from '../../../shared/domain/clinical';
import type { MovementFinding } from '../../../shared/domain/movement';
import { screensNotAssessed } from '../../../shared/domain/movement';
import { suggestProgram } from '../../../shared/domain/programs/suggest';

const moving = (
  findings: MovementFinding[],
  followUps: NonNullable<AssessmentBody['movement']>['followUps'] = [],
): AssessmentBody => ({ schemaVersion: 1, movement: { findings, followUps } });

const suggestedIds = (body: AssessmentBody) => {
  const program = suggestProgram(body);
  return [...program.suggestions, ...program.alsoSuggested].map((item) => item.exerciseId).sort();
};

describe('reading the movement screens', () => {
  it('places a squat compensation on the chain with its side, grade and view', () => {
    const summary = interpretAssessment(
      moving([{ compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' }]),
    );
    expect(summary.observations.map((o) => [o.id, o.region, o.side, o.text])).toEqual([
      [
        'movement:ohs.knees-move-in',
        'knees',
        'left',
        'Overhead squat from the front — left knee moves in: mild.',
      ],
    ]);
    expect(summary.affectedSide).toBe('left');
    // A squat does not stand in for the standing examination of the knees.
    expect(summary.notAssessed).toContain('knees');
    expect(summary.caveats.map((caveat) => caveat.id)).toContain('squats-are-rated-by-eye');
  });

  it('brings in the squat muscle table as a hypothesis, with the older edition beside it', () => {
    const summary = interpretAssessment(
      moving([{ compensationId: 'ohs.knees-move-in', side: 'right', grade: 'marked' }]),
    );
    expect(summary.hypotheses).toHaveLength(1);
    const [hypothesis] = summary.hypotheses;
    expect(hypothesis?.text).toBe(
      'Squat: knees move in — NASM CPT, current edition: possibly overactive tensor fasciae latae, adductor group; ' +
        'possibly underactive gluteus maximus, gluteus medius, tibialis anterior, tibialis posterior. ' +
        'Prompted by: right knee moves in (overhead squat). A hypothesis to test, not a diagnosis.',
    );
    expect(hypothesis?.olderEdition?.table.overactive).toContain('vastus lateralis');
    // A squat finding does not bring in a standing distortion pattern.
    expect(summary.hypotheses.map((h) => h.table.id)).not.toContain('pronation-distortion');
  });

  it('suggests what a standing knee moving in suggests, for the squat and the single-leg squat', () => {
    const standing: AssessmentBody = {
      schemaVersion: 1,
      checkpointFindings: [
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'left',
          severity: 'mild',
          deviation: 'valgus',
        },
      ],
    };
    const expected = suggestedIds(standing);
    expect(expected).toContain('clamshell');
    expect(
      suggestedIds(moving([{ compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' }])),
    ).toEqual(expected);
    expect(
      suggestedIds(moving([{ compensationId: 'sls.knee-moves-in', side: 'left', grade: 'mild' }])),
    ).toEqual(expected);
  });

  it('reads left and right graded alike as both, and "not seen" as no finding', () => {
    const summary = interpretAssessment(
      moving([
        { compensationId: 'ohs.feet-turn-out', side: 'left', grade: 'none' },
        { compensationId: 'ohs.feet-turn-out', side: 'right', grade: 'none' },
      ]),
    );
    expect(summary.observations.map((o) => [o.side, o.isFinding, o.text])).toEqual([
      ['both', false, 'Overhead squat from the front — both feet turn out: not seen.'],
    ]);
    expect(
      suggestProgram(moving([{ compensationId: 'ohs.feet-turn-out', side: 'left', grade: 'none' }]))
        .suggestions,
    ).toEqual([]);
  });

  it('lets the heels-raised follow-up point the program at the ankle', () => {
    const knees = { compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' } as const;
    const without = suggestedIds(moving([knees]));
    const withHeels = suggestedIds(
      moving([knees], [{ followUpId: 'heels-raised', result: 'better' }]),
    );
    expect(without).not.toContain('soleus-wall-stretch');
    expect(withHeels).toContain('soleus-wall-stretch');
    const summary = interpretAssessment(
      moving([knees], [{ followUpId: 'heels-raised', result: 'better' }]),
    );
    expect(
      summary.observations.find((o) => o.id === 'movement:follow-up.heels-raised')?.text,
    ).toMatch(/^Overhead squat with heels raised — the squat improved/);
  });

  it('names the side the weight shifts to', () => {
    const texts = (side: 'left' | 'right', other: 'left' | 'right') =>
      interpretAssessment(
        moving([
          { compensationId: 'ohs.weight-shifts', side, grade: 'mild' },
          { compensationId: 'ohs.weight-shifts', side: other, grade: 'mild' },
        ]),
      ).observations.map((observation) => observation.text);
    expect(
      interpretAssessment(
        moving([{ compensationId: 'ohs.weight-shifts', side: 'right', grade: 'mild' }]),
      ).observations.map((observation) => observation.text),
    ).toEqual(['Overhead squat from behind — weight shifts to the right: mild.']);
    expect(texts('left', 'right')).toEqual([
      'Overhead squat from behind — weight shifts from side to side: mild.',
    ]);
  });

  it('lists what it has no suggestion for, rather than inventing one', () => {
    const program = suggestProgram(
      moving([{ compensationId: 'sls.hip-drops', side: 'right', grade: 'marked' }]),
    );
    expect(program.suggestions).toEqual([]);
    expect(program.notCovered).toEqual([
      'Hip drops standing on the right leg (single-leg squat), marked',
    ]);
  });

  it('leaves an assessment without movement exactly as it read before', () => {
    const summary = interpretAssessment({ schemaVersion: 1 });
    expect(summary.observations).toEqual([]);
    expect(summary.caveats.map((caveat) => caveat.id)).not.toContain('squats-are-rated-by-eye');
    expect(screensNotAssessed(undefined)).toEqual(['overhead-squat', 'single-leg-squat']);
    expect(
      screensNotAssessed({
        findings: [{ compensationId: 'sls.loses-balance', side: 'left', grade: 'none' }],
      }),
    ).toEqual(['overhead-squat']);
  });
});
