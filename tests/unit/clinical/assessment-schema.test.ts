import { describe, expect, it } from 'vitest';
import { assessmentBodySchema, emptyAssessmentBody } from '../../../shared/domain/clinical';
import { hyperlordoticClient, pronatedRightClient, supinatedClient } from './fixtures';

/** The messages zod gives for a document, keyed by dotted path. */
function issuesOf(document: unknown): Record<string, string> {
  const result = assessmentBodySchema.safeParse(document);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]),
  );
}

const withFoot = (right: Record<string, unknown>) => ({ schemaVersion: 1, feet: { right } });

describe('assessment document schema', () => {
  it('accepts an empty document: everything not assessed', () => {
    expect(assessmentBodySchema.parse(emptyAssessmentBody())).toEqual({ schemaVersion: 1 });
  });

  it('accepts null as "not assessed" in every optional place', () => {
    const document = {
      schemaVersion: 1,
      feet: { left: null, right: { navicularDropMm: null, fpi6: null, calluses: null } },
      pain: { nprsNow: null, regions: null },
      oswestry: null,
      rolandMorris: null,
      startBack: null,
      redFlags: { nightPain: null },
      checkpointFindings: [
        { checkpointId: 'anterior.knee.alignment', side: 'left', severity: null },
      ],
    };
    expect(issuesOf(document)).toEqual({});
  });

  it('accepts the three typical clients', () => {
    for (const client of [pronatedRightClient, supinatedClient, hyperlordoticClient]) {
      expect(issuesOf(client)).toEqual({});
    }
  });

  it('is versioned and strict', () => {
    expect(issuesOf({ schemaVersion: 2 })).toEqual({
      schemaVersion: 'This assessment was saved in a format this version of Stance does not know.',
    });
    expect(issuesOf({ schemaVersion: 1, posture: {} })['']).toBe(
      'The assessment has a field Stance does not know: posture.',
    );
    expect(issuesOf(withFoot({ navicularDrop: 5 }))['feet.right']).toMatch(/navicularDrop/);
  });

  it('refuses an FPI-6 item of 3, a fraction, and the wrong number of items', () => {
    const fpi = (items: unknown[]) => issuesOf(withFoot({ fpi6: { items } }));
    expect(fpi([3, 0, 0, 0, 0, 0])).toEqual({
      'feet.right.fpi6.items.0': 'Each FPI-6 item is scored from −2 to +2.',
    });
    expect(fpi([0, 0, 1.5, 0, 0, 0])['feet.right.fpi6.items.2']).toBe(
      'Each FPI-6 item is scored from −2 to +2.',
    );
    expect(fpi([0, 0, 0])['feet.right.fpi6.items']).toMatch(/six items/);
    expect(fpi([0, null, 0, 0, 0, 0])).toEqual({});
  });

  it('refuses a negative navicular drop and other impossible foot values', () => {
    expect(issuesOf(withFoot({ navicularDropMm: -2 }))).toEqual({
      'feet.right.navicularDropMm':
        'Navicular drop cannot be negative: enter how far the navicular lowers, in millimetres.',
    });
    expect(issuesOf(withFoot({ navicularDropMm: 41 }))['feet.right.navicularDropMm']).toMatch(/mm/);
    expect(issuesOf(withFoot({ kneeToWallCm: -1 }))['feet.right.kneeToWallCm']).toMatch(
      /0 cm or more/,
    );
    expect(
      issuesOf(withFoot({ footProgressionAngleDeg: 95 }))['feet.right.footProgressionAngleDeg'],
    ).toMatch(/−90°/);
    expect(
      issuesOf(withFoot({ firstMtpDorsiflexionDeg: -5 }))['feet.right.firstMtpDorsiflexionDeg'],
    ).toMatch(/0° to 120°/);
    expect(issuesOf(withFoot({ arch: 'flat' }))['feet.right.arch']).toBe(
      'Arch is high, neutral or low.',
    );
    expect(
      issuesOf(withFoot({ halluxValgusGrade: 'grade 5' }))['feet.right.halluxValgusGrade'],
    ).toMatch(/none, mild, moderate or severe/);
    expect(issuesOf(withFoot({ calluses: ['heel', 'heel'] }))['feet.right.calluses']).toMatch(
      /twice/,
    );
    expect(issuesOf(withFoot({ navicularDropMm: '7' }))['feet.right.navicularDropMm']).toBe(
      'Navicular drop must be a number.',
    );
  });

  it('refuses pain of 11, fractions, and a best week worse than the worst', () => {
    const pain = (fields: Record<string, unknown>) => issuesOf({ schemaVersion: 1, pain: fields });
    expect(pain({ nprsNow: 11 })).toEqual({
      'pain.nprsNow': 'Pain is rated as a whole number from 0 to 10.',
    });
    expect(pain({ nprsWorstLastWeek: 6.5 })['pain.nprsWorstLastWeek']).toMatch(/whole number/);
    expect(pain({ nprsBestLastWeek: 7, nprsWorstLastWeek: 5 })).toEqual({
      'pain.nprsBestLastWeek': 'The best pain in the last week cannot be higher than the worst.',
    });
    expect(pain({ regions: ['back.tail'] })['pain.regions.0']).toMatch(/body chart/);
    expect(pain({ regions: ['back.sacrum', 'back.sacrum'] })['pain.regions']).toMatch(/twice/);
    expect(pain({ onset: 'x'.repeat(4001) })['pain.onset']).toMatch(/too long/);
  });

  it('refuses impossible questionnaire answers', () => {
    const sections = (values: unknown[]) =>
      issuesOf({ schemaVersion: 1, oswestry: { variant: 'odi-2.1a', sections: values } });
    expect(sections([6, 0, 0, 0, 0, 0, 0, 0, 0, 0])['oswestry.sections.0']).toBe(
      'Each Oswestry section is scored from 0 to 5, or left empty if skipped.',
    );
    expect(sections([0, 0])['oswestry.sections']).toMatch(/ten sections/);
    expect(
      issuesOf({ schemaVersion: 1, oswestry: { sections: Array(10).fill(0) } })['oswestry.variant'],
    ).toMatch(/version/);
    expect(
      issuesOf({ schemaVersion: 1, rolandMorris: { responses: [true] } })['rolandMorris.responses'],
    ).toMatch(/24 statements/);
    expect(
      issuesOf({
        schemaVersion: 1,
        startBack: { agree: Array(8).fill(null), bothersomeness: 'a lot' },
      })['startBack.bothersomeness'],
    ).toMatch(/bothered/);
    expect(
      issuesOf({ schemaVersion: 1, redFlags: { nightPain: 'maybe' } })['redFlags.nightPain'],
    ).toMatch(/yes or no/);
  });

  it('checks posture findings against the catalogue', () => {
    const findings = (list: unknown[]) => issuesOf({ schemaVersion: 1, checkpointFindings: list });
    expect(
      findings([{ checkpointId: 'anterior.toe.wiggle', side: null, severity: 'mild' }])[
        'checkpointFindings.0.checkpointId'
      ],
    ).toMatch(/not in the list/);
    expect(
      findings([{ checkpointId: 'anterior.pelvis.level', side: 'left', severity: 'none' }])[
        'checkpointFindings.0.side'
      ],
    ).toMatch(/leave the side empty/);
    expect(
      findings([{ checkpointId: 'anterior.knee.alignment', side: null, severity: 'none' }])[
        'checkpointFindings.0.side'
      ],
    ).toMatch(/choose left or right/);
    expect(
      findings([{ checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'mild' }])[
        'checkpointFindings.0.deviation'
      ],
    ).toMatch(/which way/);
    expect(
      findings([
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'left',
          severity: 'mild',
          deviation: 'anterior',
        },
      ])['checkpointFindings.0.deviation'],
    ).toMatch(/does not apply/);
    expect(
      findings([
        {
          checkpointId: 'anterior.knee.alignment',
          side: 'left',
          severity: 'none',
          deviation: 'valgus',
        },
      ])['checkpointFindings.0.deviation'],
    ).toMatch(/only recorded when mild or marked/);
    expect(
      findings([
        { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none', valueDeg: 4 },
      ])['checkpointFindings.0.valueDeg'],
    ).toMatch(/no measured angle/);
    expect(
      findings([
        { checkpointId: 'lateral.head.position', side: null, severity: null, valueDeg: 95 },
      ])['checkpointFindings.0.valueDeg'],
    ).toBe('Craniovertebral angle runs from 0° to 90°.');
    const twice = { checkpointId: 'anterior.knee.alignment', side: 'left', severity: 'none' };
    expect(findings([twice, twice])['checkpointFindings.1.checkpointId']).toMatch(/twice/);
    // A single-deviation checkpoint needs no direction.
    expect(
      findings([{ checkpointId: 'lateral.head.position', side: null, severity: 'mild' }]),
    ).toEqual({});
  });
});
