/** Which kept frames print beside which squat, with what caption, and what stays among the photos. */
import { describe, expect, it } from 'vitest';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { MovementTag } from '../../../shared/domain/movement/screens';
import {
  framesOfScreen,
  photosBesideMovement,
} from '../../../renderer/features/reports/movement-frames';

function photo(id: string, movement: MovementTag | null): PhotoInfo {
  return {
    id,
    assessmentId: 'a',
    revision: 1,
    hash: id.padEnd(64, '0'),
    view: 'anterior',
    mediaType: 'image/png',
    width: 1280,
    height: 720,
    bytes: 1,
    createdAt: '2026-12-05T00:00:00.000Z',
    landmarks: { points: {} },
    movement,
  };
}

const posture = photo('posture', null);
const side = photo('side', { screen: 'overhead-squat', view: 'side', side: null });
const back = photo('back', { screen: 'overhead-squat', view: 'back', side: null });
const rightLeg = photo('leg', { screen: 'single-leg-squat', view: 'front', side: 'right' });
const all = [posture, side, rightLeg, back];

describe('kept frames in the report', () => {
  it('gives each squat its own frames, in the order kept, captioned in plain words', () => {
    expect(framesOfScreen(all, 'overhead-squat')).toEqual([
      { photo: side, caption: 'From the side' },
      { photo: back, caption: 'From behind' },
    ]);
    expect(framesOfScreen(all, 'single-leg-squat')).toEqual([
      { photo: rightLeg, caption: 'Standing on your right leg, from the front' },
    ]);
  });

  it('leaves the kept frames out of the Photos section only when the squats print', () => {
    expect(photosBesideMovement(all, true)).toEqual([posture]);
    expect(photosBesideMovement(all, false)).toEqual(all);
  });
});
