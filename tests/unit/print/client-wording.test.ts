/** The report's client-facing wording: what stood out, in plain words, and nothing for the practitioner only. */
import { describe, expect, it } from 'vitest';
import {
  CAVEATS,
  interpretAssessment,
  type AssessmentBody,
  type CheckpointFinding,
  type FootMeasureId,
} from '../../../shared/domain/clinical';
import {
  asymmetrySentence,
  clientCaveats,
  clientPostureByView,
  CLIENT_CAVEATS,
  notCheckedLine,
} from '../../../renderer/features/reports/client-wording';

function posture(findings: CheckpointFinding[]) {
  const body: AssessmentBody = { schemaVersion: 1, checkpointFindings: findings };
  return clientPostureByView(interpretAssessment(body).observations, findings);
}

describe('standing posture for the client', () => {
  it('sums up a view where nothing stood out instead of listing each "nothing seen"', () => {
    const views = posture([
      { checkpointId: 'posterior.scapula.elevation', side: 'left', severity: 'none' },
      { checkpointId: 'posterior.heel.position', side: 'right', severity: 'none' },
    ]);
    expect(views).toEqual([
      {
        view: 'posterior',
        title: 'From behind',
        findings: [],
        unjudged: [],
        quiet: 'Nothing notable was seen from behind.',
      },
    ]);
  });

  it('lists what stood out, most marked first, and sums up the rest of the view', () => {
    const [front] = posture([
      {
        checkpointId: 'anterior.knee.alignment',
        side: 'right',
        severity: 'mild',
        deviation: 'valgus',
      },
      { checkpointId: 'anterior.foot.direction', side: 'left', severity: 'none' },
      {
        checkpointId: 'anterior.head.tilt',
        side: null,
        severity: 'marked',
        deviation: 'toward-left',
      },
    ]);
    expect(front?.findings.map((each) => each.line)).toEqual([
      'Head tilted toward the left — clear',
      'Right knee drifts inward (valgus) — slight',
    ]);
    expect(front?.findings.map((each) => each.phrase)).toEqual([
      'head tilted toward the left',
      'right knee drifts inward',
    ]);
    expect(front?.quiet).toBe('Everything else we checked from the front looked as expected.');
  });

  it('gives a measured pelvis tilt as a number against the usual range, not as advice', () => {
    const [front] = posture([
      {
        checkpointId: 'anterior.pelvis.level',
        side: null,
        severity: 'mild',
        deviation: 'right-high',
        valueDeg: 1.5,
      },
    ]);
    const line = front?.findings[0]?.line ?? '';
    expect(line).toBe(
      'Pelvis higher on the right — slight; tilt from level 1.5°, outside the usual 0° to 1.2°',
    );
    expect(line).not.toMatch(/leg-length|consider/i);
  });

  it('leaves out a view nobody checked', () => {
    expect(posture([])).toEqual([]);
  });
});

describe('caveats for the client', () => {
  it('has client wording, or a decision to leave it out, for every caveat of the model', () => {
    const ids = Object.values(CAVEATS).map((caveat) => caveat.id);
    expect(Object.keys(CLIENT_CAVEATS).sort()).toEqual([...ids].sort());
  });

  it('always says a posture check is not a diagnosis, and never asks for muscle tests', () => {
    const texts = clientCaveats(Object.values(CAVEATS));
    expect(texts.join(' ')).toContain('not a medical diagnosis');
    expect(texts.join(' ')).not.toMatch(/hypothes|confirm with|trainer-education/i);
  });
});

describe('left and right feet compared', () => {
  it('says nothing when the feet agree', () => {
    expect(asymmetrySentence([])).toBeNull();
  });

  it('names each measure once, in plain words', () => {
    const body: AssessmentBody = {
      schemaVersion: 1,
      feet: {
        left: { fpi6: { items: [1, 1, 0, 1, 1, 0] }, kneeToWallCm: 10 },
        right: { fpi6: { items: [2, 2, 1, 1, 1, 1] }, kneeToWallCm: 7 },
      },
    };
    const sentence = asymmetrySentence(interpretAssessment(body).asymmetries);
    expect(sentence).toContain('in: FPI-6 (by a limit not yet confirmed) and knee-to-wall lunge.');
  });

  it('keeps instrument and proper names in their own case mid-sentence', () => {
    const body: AssessmentBody = {
      schemaVersion: 1,
      feet: { left: { kneeToWallCm: 10 }, right: { kneeToWallCm: 7 } },
    };
    const [flag] = interpretAssessment(body).asymmetries;
    if (!flag) throw new Error('The knee-to-wall difference should be flagged.');
    const as = (measure: FootMeasureId) => asymmetrySentence([{ ...flag, measure }]) ?? '';
    expect(as('rcsp')).toContain('heel angle in stance (RCSP)');
    expect(as('halluxValgus')).toContain('hallux valgus (Manchester scale)');
    expect(as('helbingSign')).toContain('Helbing’s sign');
    expect(as('fpi6')).toContain('in: FPI-6.');
  });
});

describe('values with no threshold on the client report', () => {
  it('prints a 6° shoulder tilt with its number and never says nothing notable was seen', () => {
    const views = posture([
      { checkpointId: 'anterior.shoulder.level', side: null, severity: null, valueDeg: 6 },
      { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none' },
    ]);
    expect(views).toEqual([
      {
        view: 'anterior',
        title: 'From the front',
        findings: [],
        unjudged: [
          expect.objectContaining({
            line: 'Shoulders: tilt from level 6° (no agreed normal range, so recorded without a verdict)',
          }),
        ],
        quiet: 'Everything else we checked from the front looked as expected.',
      },
    ]);
  });

  it('says what was not checked in one line', () => {
    expect(notCheckedLine(['knees', 'pain rating'])).toBe(
      'Not checked today: knees and pain rating.',
    );
    expect(notCheckedLine([])).toBeNull();
  });
});
