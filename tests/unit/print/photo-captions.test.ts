/** What the report prints under a photo: measured values with their direction in words, and what was not measured. */
import { describe, expect, it } from 'vitest';
import { photoCaption } from '../../../renderer/features/reports/photo-captions';

describe('photo captions', () => {
  it('gives a tilt unsigned, with the lower side in words, to 0.1°', () => {
    // Front view: the client's right shoulder is on the image's left, 10 px lower over 100 px.
    const caption = photoCaption({
      view: 'anterior',
      landmarks: {
        points: { 'acromion-right': { x: 100, y: 210 }, 'acromion-left': { x: 200, y: 200 } },
      },
    });
    expect(caption.view).toBe('Front');
    expect(caption.measured).toEqual(['Shoulder tilt: 5.7°, right side lower']);
    expect(caption.notMeasured).toContain('Head tilt');
    expect(caption.notMeasured).not.toContain('Shoulder tilt');
  });

  it('names a measure whose left/right points look swapped apart from one never marked', () => {
    // Front view: the right shoulder tip on the image's right is the wrong way round.
    const caption = photoCaption({
      view: 'anterior',
      landmarks: {
        points: { 'acromion-right': { x: 200, y: 210 }, 'acromion-left': { x: 100, y: 200 } },
      },
    });
    expect(caption.measured).toEqual([]);
    expect(caption.waiting).toEqual(['Shoulder tilt']);
    expect(caption.notMeasured).not.toContain('Shoulder tilt');
  });

  it('gives plumb-line distances in cm on a calibrated photo, and says when they are pixels', () => {
    const points = { tragus: { x: 530, y: 100 }, 'lateral-malleolus': { x: 500, y: 900 } };
    const plumbLine = { x: 500, angleDeg: 0 };
    const calibrated = photoCaption({
      view: 'right-lateral',
      landmarks: {
        points,
        plumbLine,
        calibration: { a: { x: 10, y: 100 }, b: { x: 10, y: 300 }, lengthCm: 20 },
      },
    });
    expect(calibrated.measured).toContain('Ear: 3 cm in front of the line');
    expect(calibrated.inPixels).toBe(false);

    const uncalibrated = photoCaption({ view: 'right-lateral', landmarks: { points, plumbLine } });
    expect(uncalibrated.measured).toContain('Ear: 30 px in front of the line');
    expect(uncalibrated.inPixels).toBe(true);
  });

  it('prints the craniovertebral angle as a plain number', () => {
    const caption = photoCaption({
      view: 'left-lateral',
      landmarks: { points: { c7: { x: 500, y: 300 }, tragus: { x: 400, y: 200 } } },
    });
    expect(caption.measured).toEqual(['Craniovertebral angle: 45°']);
  });

  it('has nothing to measure on the feet from above, and says nothing is missing', () => {
    expect(photoCaption({ view: 'feet-above', landmarks: { points: {} } })).toEqual({
      view: 'Feet from above',
      measured: [],
      notMeasured: [],
      waiting: [],
      inPixels: false,
    });
  });
});
