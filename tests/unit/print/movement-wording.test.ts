import { describe, expect, it } from 'vitest';
import { clientMovement } from '../../../renderer/features/reports/movement-wording';

describe('the movement screens in the client’s words', () => {
  it('prints nothing for an assessment that has no movement section', () => {
    expect(clientMovement(undefined)).toBeNull();
    expect(clientMovement(null)).toBeNull();
    // Her note alone is not printed, and does not open an empty section.
    expect(
      clientMovement({ note: 'Pinch in the right hip at the bottom', findings: [] }),
    ).toBeNull();
  });

  it('says what stood out, marked first, and which screen was not checked', () => {
    const worded = clientMovement({
      findings: [
        { compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' },
        { compensationId: 'ohs.arms-fall-forward', side: null, grade: 'marked' },
        { compensationId: 'ohs.heels-rise', side: 'left', grade: 'mild' },
        { compensationId: 'ohs.heels-rise', side: 'right', grade: 'mild' },
        { compensationId: 'ohs.low-back-arches', side: null, grade: 'none' },
      ],
      followUps: [{ followUpId: 'heels-raised', result: 'better' }],
    });
    expect(worded?.screens).toEqual([
      {
        screen: 'overhead-squat',
        title: 'Squat with arms overhead',
        lines: [
          'Your arms dropped forward clearly.',
          'Your left knee moved inward a little.',
          'Both heels lifted off the floor a little.',
        ],
        quiet: null,
      },
      {
        screen: 'single-leg-squat',
        title: 'Squat on one leg',
        lines: [],
        quiet: 'Not checked at this visit.',
      },
    ]);
    expect(worded?.followUps).toEqual([
      'Your squat went better with your heels raised on a small block, which suggests your ankles may be stiff.',
    ]);
  });

  it('names the standing leg of a single-leg squat, and says when nothing stood out', () => {
    const worded = clientMovement({
      findings: [
        { compensationId: 'sls.knee-moves-in', side: 'right', grade: 'marked' },
        { compensationId: 'ohs.forward-lean', side: null, grade: 'none' },
      ],
    });
    expect(worded?.screens.map((screen) => [screen.lines, screen.quiet])).toEqual([
      [[], 'Nothing stood out.'],
      [['Standing on your right leg, your knee moved inward clearly.'], null],
    ]);
  });
});
