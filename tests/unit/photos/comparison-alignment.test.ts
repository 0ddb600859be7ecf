import { describe, expect, it } from 'vitest';
import {
  alignAll,
  alignPhotos,
  describeAlignment,
  shortLandmarkName,
  type AlignablePhoto,
  type Alignment,
  type GroupAlignment,
} from '../../../renderer/features/photos/comparison-alignment';
import type { LandmarkSet, Point } from '../../../shared/domain/photo-views';

/** A front photo of a standing body: feet at `feetY`, eyes `bodyPx` above, centred on `centreX`. */
function frontPhoto({
  width = 1000,
  height = 1500,
  centreX = 500,
  feetY = 1400,
  bodyPx = 1200,
  extra = {},
}: {
  width?: number;
  height?: number;
  centreX?: number;
  feetY?: number;
  bodyPx?: number;
  extra?: Partial<LandmarkSet>;
} = {}): AlignablePhoto {
  const half = bodyPx / 12;
  return {
    view: 'anterior',
    width,
    height,
    landmarks: {
      points: {
        'eye-right': { x: centreX - half / 2, y: feetY - bodyPx },
        'eye-left': { x: centreX + half / 2, y: feetY - bodyPx },
        'acromion-right': { x: centreX - half * 2, y: feetY - bodyPx * 0.85 },
        'acromion-left': { x: centreX + half * 2, y: feetY - bodyPx * 0.85 },
        'ankle-right': { x: centreX - half, y: feetY },
        'ankle-left': { x: centreX + half, y: feetY },
      },
      ...extra,
    },
  };
}

/** Where an image point of photo `index` ends up in the shared frame (fractions of the frame). */
function inFrame(
  alignment: Alignment | GroupAlignment,
  index: number,
  photo: AlignablePhoto,
  point: Point,
) {
  const box = alignment.placements[index]!;
  return {
    x: box.left + (point.x / photo.width) * box.width,
    y: box.top + (point.y / photo.height) * box.height,
  };
}

const midAnkles = (photo: AlignablePhoto): Point => {
  const right = photo.landmarks.points['ankle-right']!;
  const left = photo.landmarks.points['ankle-left']!;
  return { x: (right.x + left.x) / 2, y: (right.y + left.y) / 2 };
};

/** Heights on the screen are frame heights; the frame's aspect turns them into widths too. */
function expectInsideFrame(alignment: Alignment) {
  for (const box of alignment.placements) {
    expect(box.left).toBeGreaterThanOrEqual(-1e-9);
    expect(box.top).toBeGreaterThanOrEqual(-1e-9);
    expect(box.left + box.width).toBeLessThanOrEqual(1 + 1e-9);
    expect(box.top + box.height).toBeLessThanOrEqual(1 + 1e-9);
  }
}

describe('alignPhotos', () => {
  it('puts the same photo twice in the same place, feet on the baseline', () => {
    const photo = frontPhoto();
    const alignment = alignPhotos(photo, photo);
    expect(alignment.placements[0]).toEqual(alignment.placements[1]);
    expect(inFrame(alignment, 0, photo, midAnkles(photo)).y).toBeCloseTo(alignment.baseline, 9);
    expect(inFrame(alignment, 0, photo, midAnkles(photo)).x).toBeCloseTo(0.5, 9);
    expect(alignment.anchor).toEqual({ kind: 'feet', landmarkIds: ['ankle-right', 'ankle-left'] });
    expect(alignment.scaling).toEqual({ kind: 'landmark-height', landmarkId: 'eye-right' });
    expectInsideFrame(alignment);
  });

  it('shows a body photographed from further away, off-centre, at the same size on the same feet', () => {
    const near = frontPhoto();
    const far = frontPhoto({ width: 3000, height: 2000, centreX: 2100, feetY: 1700, bodyPx: 600 });
    const alignment = alignPhotos(near, far);
    const frameHeight = 1;
    const eyes = [
      inFrame(alignment, 0, near, near.landmarks.points['eye-right']!),
      inFrame(alignment, 1, far, far.landmarks.points['eye-right']!),
    ];
    const feet = [
      inFrame(alignment, 0, near, midAnkles(near)),
      inFrame(alignment, 1, far, midAnkles(far)),
    ];
    expect(feet[0]!.y).toBeCloseTo(alignment.baseline, 9);
    expect(feet[1]!.y).toBeCloseTo(alignment.baseline, 9);
    expect(feet[0]!.x).toBeCloseTo(feet[1]!.x, 9);
    expect(eyes[0]!.y).toBeCloseTo(eyes[1]!.y, 9);
    // The far photo's body is half as many pixels, so it is drawn twice as large per pixel.
    const scaleNear = alignment.placements[0].height / near.height;
    const scaleFar = alignment.placements[1].height / far.height;
    expect(scaleFar / scaleNear).toBeCloseTo(2, 9);
    expect(frameHeight - alignment.baseline).toBeGreaterThan(0);
    expectInsideFrame(alignment);
  });

  it('keeps the photos whole, the feet centred across, in the smallest such frame', () => {
    const tall = frontPhoto({ width: 600, height: 1500, centreX: 300 });
    const wide = frontPhoto({ width: 2400, height: 1500, centreX: 400 });
    const alignment = alignPhotos(tall, wide);
    expectInsideFrame(alignment);
    const boxes = alignment.placements;
    expect(inFrame(alignment, 1, wide, midAnkles(wide)).x).toBeCloseTo(0.5, 9);
    // Some photo touches the top, the bottom, and one side (the feet stay centred across).
    expect(Math.min(...boxes.map((box) => box.top))).toBeCloseTo(0, 9);
    expect(Math.max(...boxes.map((box) => box.top + box.height))).toBeCloseTo(1, 9);
    const leftGap = Math.min(...boxes.map((box) => box.left));
    const rightGap = 1 - Math.max(...boxes.map((box) => box.left + box.width));
    expect(Math.min(leftGap, rightGap)).toBeCloseTo(0, 9);
  });

  it('uses the calibrations when both photos have one, so 1 cm is as large in both', () => {
    // 10 cm is 100 px in the first photo and 50 px in the second.
    const first = frontPhoto({
      extra: { calibration: { a: { x: 10, y: 10 }, b: { x: 10, y: 110 }, lengthCm: 10 } },
    });
    const second = frontPhoto({
      bodyPx: 700,
      extra: { calibration: { a: { x: 10, y: 10 }, b: { x: 60, y: 10 }, lengthCm: 10 } },
    });
    const alignment = alignPhotos(first, second);
    expect(alignment.scaling).toEqual({ kind: 'calibration' });
    const perPixel = (index: 0 | 1, photo: AlignablePhoto) =>
      alignment.placements[index].height / photo.height;
    expect((perPixel(1, second) * 50) / (perPixel(0, first) * 100)).toBeCloseTo(1, 9);
    // Real heights differ (a 1200 px body is 120 cm, a 700 px one 140 cm), and so they still do.
    const eyes = [
      inFrame(alignment, 0, first, first.landmarks.points['eye-left']!),
      inFrame(alignment, 1, second, second.landmarks.points['eye-left']!),
    ];
    expect(eyes[1]!.y).toBeLessThan(eyes[0]!.y);
  });

  it('scales by body height when only one photo is calibrated', () => {
    const first = frontPhoto({
      extra: { calibration: { a: { x: 10, y: 10 }, b: { x: 10, y: 110 }, lengthCm: 10 } },
    });
    const alignment = alignPhotos(first, frontPhoto({ bodyPx: 800 }));
    expect(alignment.scaling).toEqual({ kind: 'landmark-height', landmarkId: 'eye-right' });
  });

  it('scales by the highest landmark placed on both photos, skipping ones only one has', () => {
    const first = frontPhoto();
    const second = frontPhoto({ bodyPx: 600 });
    delete second.landmarks.points['eye-right'];
    delete second.landmarks.points['eye-left'];
    const alignment = alignPhotos(first, second);
    expect(alignment.scaling).toEqual({ kind: 'landmark-height', landmarkId: 'acromion-right' });
    const shoulders = [
      inFrame(alignment, 0, first, first.landmarks.points['acromion-right']!),
      inFrame(alignment, 1, second, second.landmarks.points['acromion-right']!),
    ];
    expect(shoulders[0]!.y).toBeCloseTo(shoulders[1]!.y, 9);
  });

  it('lines up the feet but keeps photo heights when nothing higher is placed on both', () => {
    const bare = (photo: AlignablePhoto): AlignablePhoto => ({
      ...photo,
      landmarks: {
        points: {
          'ankle-right': photo.landmarks.points['ankle-right']!,
          'ankle-left': photo.landmarks.points['ankle-left']!,
        },
      },
    });
    const first = bare(frontPhoto());
    const second = bare(frontPhoto({ height: 3000, width: 2000, feetY: 2000, centreX: 900 }));
    const alignment = alignPhotos(first, second);
    expect(alignment.anchor.kind).toBe('feet');
    expect(alignment.scaling).toEqual({ kind: 'photo-height' });
    expect(alignment.placements[0].height).toBeCloseTo(alignment.placements[1].height, 9);
    expect(inFrame(alignment, 1, second, midAnkles(second)).y).toBeCloseTo(alignment.baseline, 9);
  });

  it('uses only the foot landmarks both photos have', () => {
    const first = frontPhoto();
    const second = frontPhoto({ centreX: 700 });
    delete second.landmarks.points['ankle-left'];
    const alignment = alignPhotos(first, second);
    expect(alignment.anchor).toEqual({ kind: 'feet', landmarkIds: ['ankle-right'] });
    const right = [
      inFrame(alignment, 0, first, first.landmarks.points['ankle-right']!),
      inFrame(alignment, 1, second, second.landmarks.points['ankle-right']!),
    ];
    expect(right[0]!.x).toBeCloseTo(right[1]!.x, 9);
    expect(right[0]!.y).toBeCloseTo(alignment.baseline, 9);
  });

  it('lines up the bottom edges at the same height when no feet are placed on both', () => {
    const first = frontPhoto();
    const second: AlignablePhoto = {
      view: 'anterior',
      width: 800,
      height: 2000,
      landmarks: { points: { 'eye-right': { x: 300, y: 200 } } },
    };
    const alignment = alignPhotos(first, second);
    expect(alignment.anchor).toEqual({ kind: 'bottoms' });
    expect(alignment.scaling).toEqual({ kind: 'photo-height' });
    expect(alignment.baseline).toBeCloseTo(1, 9);
    for (const box of alignment.placements) expect(box.top + box.height).toBeCloseTo(1, 9);
    expect(alignment.placements[0].height).toBeCloseTo(alignment.placements[1].height, 9);
    // Centred across, as there is nothing better to centre on.
    for (const box of alignment.placements) expect(box.left + box.width / 2).toBeCloseTo(0.5, 9);
  });

  it('prefers the heels behind, and falls back to the ankles', () => {
    const behind = (points: Record<string, Point>): AlignablePhoto => ({
      view: 'posterior',
      width: 1000,
      height: 1500,
      landmarks: { points },
    });
    const full = {
      'heel-right': { x: 540, y: 1450 },
      'heel-left': { x: 460, y: 1450 },
      'ankle-right': { x: 545, y: 1380 },
      'ankle-left': { x: 455, y: 1380 },
    };
    expect(alignPhotos(behind(full), behind(full)).anchor).toEqual({
      kind: 'feet',
      landmarkIds: ['heel-right', 'heel-left'],
    });
    const noHeels = { 'ankle-right': full['ankle-right'], 'ankle-left': full['ankle-left'] };
    expect(alignPhotos(behind(full), behind(noHeels)).anchor).toEqual({
      kind: 'feet',
      landmarkIds: ['ankle-right', 'ankle-left'],
    });
  });

  it('aligns side views on the outer ankle bone', () => {
    const side = (ankle: Point, ear: Point): AlignablePhoto => ({
      view: 'left-lateral',
      width: 1200,
      height: 1600,
      landmarks: { points: { 'lateral-malleolus': ankle, tragus: ear } },
    });
    const first = side({ x: 600, y: 1500 }, { x: 580, y: 200 });
    const second = side({ x: 300, y: 1000 }, { x: 290, y: 350 });
    const alignment = alignPhotos(first, second);
    expect(alignment.anchor).toEqual({ kind: 'feet', landmarkIds: ['lateral-malleolus'] });
    expect(alignment.scaling).toEqual({ kind: 'landmark-height', landmarkId: 'tragus' });
    const ears = [
      inFrame(alignment, 0, first, first.landmarks.points['tragus']!),
      inFrame(alignment, 1, second, second.landmarks.points['tragus']!),
    ];
    expect(ears[0]!.y).toBeCloseTo(ears[1]!.y, 9);
  });
});

describe('describeAlignment', () => {
  it('says what the photos were lined up on and scaled by, in words', () => {
    const photo = frontPhoto();
    expect(describeAlignment(alignPhotos(photo, photo), 'anterior')).toBe(
      'Lined up on the midpoint between the ankles. Scaled so the height from the feet to the right eye is the same in both.',
    );
    const bare: AlignablePhoto = { ...photo, landmarks: { points: {} } };
    expect(describeAlignment(alignPhotos(bare, bare), 'anterior')).toMatch(
      /^No foot landmarks are placed on both photos, so their bottom edges are lined up instead\. Both are shown at the same photo height/,
    );
  });

  it('names a single foot landmark when only one of a pair is on both photos', () => {
    const first = frontPhoto();
    const second = frontPhoto();
    delete second.landmarks.points['ankle-left'];
    expect(describeAlignment(alignPhotos(first, second), 'anterior')).toMatch(
      /^Lined up on the right ankle\./,
    );
  });

  it('shortens landmark names for a sentence', () => {
    expect(shortLandmarkName('anterior', 'eye-left')).toBe('left eye');
    expect(shortLandmarkName('left-lateral', 'tragus')).toBe('ear');
    expect(shortLandmarkName('left-lateral', 'lateral-malleolus')).toBe('outer ankle bone');
  });
});

describe('a timeline of every visit', () => {
  it('stands every visit’s body on the one foot line at the same size, wherever it was in its photo', () => {
    const visits = [
      frontPhoto({ centreX: 300, feetY: 1450, bodyPx: 1000 }),
      frontPhoto({ width: 1200, height: 1600, centreX: 700, feetY: 1300, bodyPx: 1250 }),
      frontPhoto({ centreX: 520, feetY: 1100, bodyPx: 800 }),
    ];
    const alignment = alignAll(visits);
    expect(alignment.placements).toHaveLength(3);
    expect(alignment.anchor).toEqual({ kind: 'feet', landmarkIds: ['ankle-right', 'ankle-left'] });
    const feet = visits.map((photo, index) => inFrame(alignment, index, photo, midAnkles(photo)));
    const eyes = visits.map((photo, index) =>
      inFrame(alignment, index, photo, photo.landmarks.points['eye-right']!),
    );
    for (const [index, foot] of feet.entries()) {
      expect(foot.y).toBeCloseTo(alignment.baseline, 6);
      expect(foot.x).toBeCloseTo(0.5, 6);
      expect(eyes[index]!.y).toBeCloseTo(eyes[0]!.y, 6);
    }
    expect(describeAlignment(alignment, 'anterior')).toBe(
      'Lined up on the midpoint between the ankles. Scaled so the height from the feet to the right eye is the same in every photo.',
    );
  });

  it('falls back to the bottom edges for all when one visit has no foot landmarks, and says so', () => {
    const unmarked: AlignablePhoto = { ...frontPhoto(), landmarks: { points: {} } };
    const alignment = alignAll([frontPhoto(), frontPhoto({ feetY: 1200 }), unmarked]);
    expect(alignment.anchor).toEqual({ kind: 'bottoms' });
    expect(describeAlignment(alignment, 'anterior')).toMatch(
      /^No foot landmark is placed on every photo, so their bottom edges are lined up instead\. All are shown at the same photo height/,
    );
  });

  it('lines up a pair exactly as the comparison does', () => {
    const pair = [frontPhoto({ feetY: 1300 }), frontPhoto({ centreX: 400 })] as const;
    expect(alignAll(pair)).toEqual(alignPhotos(...pair));
  });
});
