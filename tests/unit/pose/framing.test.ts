import { describe, expect, it } from 'vitest';
import { captureNotes } from '../../../shared/domain/pose/capture-check';
import { framingOf, type Framing } from '../../../shared/domain/pose/framing';
import { framingChanges } from '../../../shared/domain/pose/framing-change';
import {
  blazePosePoints,
  type BlazePosePoint,
  type ModelKeypoint,
  type PoseDetection,
} from '../../../shared/domain/pose/model';

/** A person facing the camera, head at y 150 and heels at 1880 of a 1000×2000 photo. */
const standing: Partial<Record<BlazePosePoint, [number, number]>> = {
  nose: [500, 200],
  'right-eye': [470, 180],
  'left-eye': [530, 180],
  'right-ear': [440, 190],
  'left-ear': [560, 190],
  'right-shoulder': [380, 400],
  'left-shoulder': [620, 400],
  'right-hip': [420, 900],
  'left-hip': [580, 900],
  'right-knee': [430, 1400],
  'left-knee': [570, 1400],
  'right-ankle': [420, 1850],
  'left-ankle': [580, 1850],
  'right-heel': [425, 1880],
  'left-heel': [575, 1880],
  'right-foot-index': [400, 1870],
  'left-foot-index': [600, 1870],
};

/** The standing person moved and scaled (about the photo's top-left) and with points changed. */
function detection(
  options: {
    scale?: number;
    dy?: number;
    change?: Partial<Record<BlazePosePoint, Partial<ModelKeypoint>>>;
  } = {},
): PoseDetection {
  const { scale = 1, dy = 0, change = {} } = options;
  const keypoints = Object.fromEntries(
    blazePosePoints.map((name) => {
      const [x, y] = standing[name] ?? [500, 1000];
      return [name, { x: x * scale, y: y * scale + dy, score: 0.9, ...change[name] }];
    }),
  ) as Record<BlazePosePoint, ModelKeypoint>;
  return { keypoints, personScore: 0.95, imageWidth: 1000, imageHeight: 2000 };
}

/** Rolls the whole detection by `deg` about the photo's centre, as a rolled camera would. */
function rolled(base: PoseDetection, deg: number): PoseDetection {
  const turn = (deg * Math.PI) / 180;
  const keypoints = Object.fromEntries(
    Object.entries(base.keypoints).map(([name, point]) => {
      const x = point.x - 500;
      const y = point.y - 1000;
      return [
        name,
        {
          ...point,
          x: 500 + x * Math.cos(turn) - y * Math.sin(turn),
          y: 1000 + x * Math.sin(turn) + y * Math.cos(turn),
        },
      ];
    }),
  ) as Record<BlazePosePoint, ModelKeypoint>;
  return { ...base, keypoints };
}

const notesFor = (found: PoseDetection, view: Framing['view'] = 'anterior') =>
  captureNotes(framingOf(view, found, true)).map((note) => note.message);

describe('the capture check', () => {
  it('says nothing about a whole, level body', () => {
    expect(notesFor(detection())).toEqual([]);
  });

  it('says the feet are cut off when the model places them below the bottom edge', () => {
    const cut = detection({ dy: 200 });
    expect(notesFor(cut)).toEqual(['The feet are cut off at the bottom edge.']);
  });

  it('says the head is cut off when the head points lie above the top edge', () => {
    expect(notesFor(detection({ dy: -250 }))).toEqual(['The head is cut off at the top edge.']);
  });

  it('names a side edge that cuts the body', () => {
    const atRight = detection({ change: { 'left-shoulder': { x: 1040 } } });
    expect(notesFor(atRight)).toEqual(['The body is cut off at the right edge.']);
  });

  it('does not call a point a pixel beyond the edge cut off', () => {
    expect(notesFor(detection({ change: { 'left-heel': { y: 2004 } } }))).toEqual([]);
  });

  it('says when the feet are in the photo but could not be made out', () => {
    const hidden = Object.fromEntries(
      (['left-heel', 'right-heel', 'left-foot-index', 'right-foot-index'] as const).map((name) => [
        name,
        { score: 0.2 },
      ]),
    );
    expect(notesFor(detection({ change: hidden }))).toEqual([
      'The feet could not be made out: they may be cut off at the bottom edge, or hidden.',
    ]);
  });

  it('tells the camera’s roll when the whole body turned with it, in whole degrees and which way', () => {
    expect(notesFor(rolled(detection(), 4))).toEqual([
      'The camera is tilted about 4° (level lines fall toward the photo’s right); left–right tilts read from this photo include it.',
    ]);
    expect(notesFor(rolled(detection(), -3.2))[0]).toContain('about 3° (level lines');
    expect(notesFor(rolled(detection(), -3.2))[0]).toContain('toward the photo’s left');
  });

  it('stays quiet below 2° of roll, and in side views', () => {
    expect(notesFor(rolled(detection(), 1.5))).toEqual([]);
    expect(framingOf('left-lateral', rolled(detection(), 5), true)?.rollDeg).toBeNull();
  });

  it('does not take a foot set forward for a rolled camera', () => {
    const stride = detection({ change: { 'right-ankle': { y: 1750 }, 'right-heel': { y: 1780 } } });
    expect(notesFor(stride)).toEqual([]);
  });

  it('does not take a tilted body for a rolled camera when it still stands upright', () => {
    const lowRightSide = detection({
      change: {
        'right-ear': { y: 215 },
        'right-shoulder': { y: 425 },
        'right-hip': { y: 915 },
        'right-knee': { y: 1410 },
      },
    });
    expect(framingOf('anterior', lowRightSide, true)?.rollDeg).toBeNull();
  });

  it('follows a leg from the hip: feet placed in the photo under a leg it lost are not seen', () => {
    const lostKnees = detection({
      change: { 'right-knee': { score: 0.1 }, 'left-knee': { score: 0.2 } },
    });
    expect(notesFor(lostKnees)).toEqual([
      'The feet could not be made out: they may be cut off at the bottom edge, or hidden.',
    ]);
  });

  it('says nothing without a person, or for the feet-only views', () => {
    expect(framingOf('anterior', detection({ dy: 300 }), false)).toBeNull();
    expect(framingOf('feet-behind', detection({ dy: 300 }), true)).toBeNull();
    expect(captureNotes(null)).toEqual([]);
  });
});

describe('comparing the framing with the last visit’s photo', () => {
  const earlier = framingOf('anterior', detection(), true)!;
  const changes = (now: PoseDetection) =>
    framingChanges(earlier, framingOf('anterior', now, true)!, 'the photo from 3 March');

  it('finds nothing when the photo was framed alike', () => {
    expect(changes(detection({ scale: 1.04, dy: -40 }))).toEqual([]);
    expect(changes(rolled(detection(), 1))).toEqual([]);
  });

  it('says the client stands further away when the body fills less of the photo', () => {
    const [change] = changes(detection({ scale: 0.8, dy: 200 }));
    expect(change).toEqual({
      id: 'further',
      message:
        'The client stands noticeably further from the camera than in the photo from 3 March (the body fills 20% less of the photo’s height); comparisons of distances between visits will be less fair.',
    });
  });

  it('says the client stands closer when the body fills more of it', () => {
    const nearer = detection({ scale: 1.12, dy: -150 });
    expect(changes(nearer).map((change) => change.id)).toEqual(['closer']);
  });

  it('says the body sits lower or higher when the camera height changed', () => {
    expect(changes(detection({ dy: 100 })).map((change) => change.id)).toEqual([]);
    const lower = changes(detection({ scale: 0.92, dy: 255 }));
    expect(lower.map((change) => change.id)).toEqual(['lower']);
    expect(lower[0]!.message).toContain('lower in the photo than in the photo from 3 March');
    const higher = changes(detection({ scale: 0.95, dy: -120 }));
    expect(higher.map((change) => change.id)).toEqual(['higher']);
  });

  it('says the camera is tilted differently when the roll changed by 2° or more', () => {
    expect(changes(rolled(detection(), -2.6))).toEqual([
      {
        id: 'rolled',
        message:
          'The camera is tilted about 3° differently from the photo from 3 March; comparisons of left–right tilts between visits will be less fair.',
      },
    ]);
  });

  it('says nothing it cannot measure on both photos', () => {
    const noFeet = framingOf(
      'anterior',
      detection({
        change: Object.fromEntries(
          ['ankle', 'heel', 'foot-index'].flatMap((part) =>
            ['left', 'right'].map((side) => [`${side}-${part}`, { score: 0.1 }]),
          ),
        ),
      }),
      true,
    )!;
    expect(framingChanges(earlier, noFeet, 'the photo from 3 March')).toEqual([]);
  });
});
