import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  calibrationProblem,
  fromLandmarkSet,
  levelPlumb,
  markNear,
  nextUnplacedLandmark,
  nudge,
  place,
  positionOf,
  remove,
  setCalibrationLength,
  toLandmarkSet,
  toolsFor,
  type Annotation,
} from '../../../renderer/features/photos/annotator/annotation';
import { describeMeasures, tenths } from '../../../renderer/features/photos/annotator/measure-text';
import {
  LandmarkSaver,
  SAVE_DELAY_MS,
} from '../../../renderer/features/photos/annotator/useLandmarkSaver';
import {
  clampToPhoto,
  fitViewport,
  isZoomedIn,
  toImage,
  visibleCentre,
  zoomAbout,
} from '../../../renderer/features/photos/annotator/viewport-math';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { Result } from '../../../shared/errors';
import { landmarkSetFor, type LandmarkSet } from '../../../shared/domain/photo-views';

const photo = { width: 800, height: 1000 };
const empty = (): Annotation => fromLandmarkSet({ points: {} });

describe('viewport', () => {
  it('fits the whole photo, centred', () => {
    const view = fitViewport({ width: 600, height: 500 }, photo);
    expect(view.scale).toBeCloseTo(0.49, 6);
    const centre = toImage(view, { x: 300, y: 250 });
    expect(centre.x).toBeCloseTo(400, 6);
    expect(centre.y).toBeCloseTo(500, 6);
    expect(visibleCentre(view, { width: 600, height: 500 }, photo)).toEqual({ x: 400, y: 500 });
  });

  it('zooms about the pointer: the image point under it stays under it', () => {
    const start = { scale: 0.5, x: 20, y: 10 };
    const anchor = { x: 210, y: 170 };
    const before = toImage(start, anchor);
    const zoomed = zoomAbout(start, 2, anchor, { min: 0.1, max: 8 });
    expect(zoomed.scale).toBe(1);
    const after = toImage(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('stops at the zoom limits', () => {
    const start = { scale: 6, x: 0, y: 0 };
    expect(zoomAbout(start, 4, { x: 0, y: 0 }, { min: 0.1, max: 8 }).scale).toBe(8);
  });

  it("counts as zoomed in only past the fitted view, so the wheel is the page's until then", () => {
    const stage = { width: 600, height: 500 };
    const fitted = fitViewport(stage, photo);
    expect(isZoomedIn(fitted, stage, photo)).toBe(false);
    expect(isZoomedIn({ ...fitted, scale: fitted.scale / 2 }, stage, photo)).toBe(false);
    expect(isZoomedIn({ ...fitted, scale: fitted.scale * 1.25 }, stage, photo)).toBe(true);
  });

  it('keeps a point on the photo', () => {
    expect(clampToPhoto({ x: -3, y: 1200.04 }, photo)).toEqual({ x: 0, y: 1000 });
    expect(clampToPhoto({ x: 12.345, y: 7.06 }, photo)).toEqual({ x: 12.3, y: 7.1 });
  });
});

describe('editing the landmarks', () => {
  it('places, nudges and removes a landmark', () => {
    const tool = { kind: 'landmark', id: 'acromion-right' } as const;
    let annotation = place(empty(), tool, { x: 400, y: 500 }, photo);
    annotation = nudge(annotation, tool, 10, -1, photo);
    expect(positionOf(annotation, tool, photo)).toEqual({ x: 410, y: 499 });
    annotation = remove(annotation, tool);
    expect(positionOf(annotation, tool, photo)).toBeNull();
  });

  it('does not move a landmark that is not placed', () => {
    const tool = { kind: 'landmark', id: 'eye-left' } as const;
    expect(nudge(empty(), tool, 5, 5, photo)).toEqual(empty());
  });

  it('moves the plumb line sideways so it passes through the point', () => {
    const plumb = { kind: 'plumb' } as const;
    let annotation = place(empty(), plumb, { x: 420, y: 700 }, photo);
    expect(annotation.plumbLine).toEqual({ x: 420, angleDeg: 0 });
    annotation = levelPlumb(annotation, 2.04);
    expect(annotation.plumbLine?.angleDeg).toBe(2);
    annotation = place(annotation, plumb, { x: 420, y: 700 }, photo);
    // Leaning 2°, it meets the top edge 700·tan 2° to the left of the point.
    expect(annotation.plumbLine!.x).toBeCloseTo(420 - 700 * Math.tan((2 * Math.PI) / 180), 1);
    expect(levelPlumb(annotation, 35).plumbLine?.angleDeg).toBe(20);
    expect(levelPlumb(annotation, -35).plumbLine?.angleDeg).toBe(-20);
  });

  it('moves on to the next landmark not yet placed, wrapping round', () => {
    let annotation = empty();
    for (const id of ['eye-right', 'eye-left', 'acromion-left'])
      annotation = place(annotation, { kind: 'landmark', id }, { x: 1, y: 1 }, photo);
    expect(
      nextUnplacedLandmark('anterior', annotation, { kind: 'landmark', id: 'eye-left' }),
    ).toEqual({ kind: 'landmark', id: 'acromion-right' });
    expect(
      nextUnplacedLandmark('anterior', annotation, { kind: 'landmark', id: 'acromion-right' }),
    ).toEqual({ kind: 'landmark', id: 'iliac-crest-right' });
    expect(
      nextUnplacedLandmark('anterior', annotation, { kind: 'landmark', id: 'ankle-left' }),
    ).toEqual({ kind: 'landmark', id: 'acromion-right' });
  });

  it('picks up the nearest mark within reach, then the plumb line', () => {
    let annotation = place(
      empty(),
      { kind: 'landmark', id: 'knee-right' },
      { x: 300, y: 700 },
      photo,
    );
    annotation = place(
      annotation,
      { kind: 'landmark', id: 'knee-left' },
      { x: 310, y: 700 },
      photo,
    );
    annotation = place(annotation, { kind: 'plumb' }, { x: 500, y: 0 }, photo);
    const tools = toolsFor('anterior');
    expect(markNear(annotation, tools, { x: 308, y: 702 }, 12, photo)).toEqual({
      kind: 'landmark',
      id: 'knee-left',
    });
    expect(markNear(annotation, tools, { x: 503, y: 400 }, 12, photo)).toEqual({ kind: 'plumb' });
    expect(markNear(annotation, tools, { x: 100, y: 100 }, 12, photo)).toBeNull();
  });
});

describe('the known length', () => {
  it('joins the saved set only when both ends and the length are given', () => {
    let annotation = place(empty(), { kind: 'calibration', end: 'a' }, { x: 700, y: 300 }, photo);
    expect(calibrationProblem(annotation.calibration)).toBe(
      'Place both ends of the known length on the photo.',
    );
    expect(toLandmarkSet(annotation).calibration).toBeUndefined();
    annotation = place(annotation, { kind: 'calibration', end: 'b' }, { x: 700, y: 305 }, photo);
    expect(calibrationProblem(annotation.calibration)).toBe('Place the two ends further apart.');
    annotation = place(annotation, { kind: 'calibration', end: 'b' }, { x: 700, y: 800 }, photo);
    expect(calibrationProblem(annotation.calibration)).toBe(
      'Type the real length between the two ends.',
    );
    annotation = setCalibrationLength(annotation, 100);
    expect(calibrationProblem(annotation.calibration)).toBeNull();
    const set = toLandmarkSet(annotation);
    expect(set.calibration).toEqual({
      a: { x: 700, y: 300 },
      b: { x: 700, y: 800 },
      lengthCm: 100,
    });
    // What is saved is what main accepts.
    expect(landmarkSetFor('anterior', 800, 1000).safeParse(set).success).toBe(true);
  });
});

describe('measures in words', () => {
  const lateral: LandmarkSet = {
    points: { tragus: { x: 300, y: 200 }, c7: { x: 250, y: 260 } },
    plumbLine: { x: 200, angleDeg: 0 },
  };

  it('rounds to a tenth with a real minus sign and no negative zero', () => {
    expect(tenths(-5.71)).toBe('\u22125.7');
    expect(tenths(-0.04)).toBe('0.0');
    expect(tenths(2.0045)).toBe('2.0');
  });

  it('says what to place for a measure it cannot take, never a number', () => {
    const rows = describeMeasures(
      'anterior',
      { points: { 'acromion-right': { x: 1, y: 1 } } },
      'metric',
    );
    const shoulder = rows.find((row) => row.id === 'shoulder-tilt')!;
    expect(shoulder).toMatchObject({
      measured: false,
      value: 'Not measured',
      detail: 'Place Shoulder tip (acromion), left.',
    });
    const offsets = describeMeasures('left-lateral', { points: {} }, 'metric');
    expect(offsets.find((row) => row.id === 'ear-offset')?.detail).toBe(
      'Place the plumb line and Ear (tragus).',
    );
  });

  it('shows a measure whose pair looks swapped as waiting, naming the pair, never a number', () => {
    const crossed = {
      points: { 'acromion-right': { x: 500, y: 300 }, 'acromion-left': { x: 300, y: 310 } },
    };
    const shoulder = describeMeasures('anterior', crossed, 'metric').find(
      (row) => row.id === 'shoulder-tilt',
    );
    expect(shoulder).toMatchObject({
      measured: false,
      waiting: true,
      value: 'Waiting',
      detail: 'Check the sides of Shoulder tip (acromion) first.',
    });
  });

  it('keeps a pair kept as placed through the round trip to the saved set', () => {
    const annotation = fromLandmarkSet({ points: {}, confirmedPairs: ['acromion'] });
    expect(toLandmarkSet(annotation).confirmedPairs).toEqual(['acromion']);
    expect(toLandmarkSet(remove(annotation, { kind: 'plumb' })).confirmedPairs).toEqual([
      'acromion',
    ]);
    expect(toLandmarkSet(empty())).not.toHaveProperty('confirmedPairs');
  });

  it('gives offsets in pixels, then in cm (or inches) with pixels once calibrated', () => {
    const inPixels = describeMeasures('right-lateral', lateral, 'metric');
    expect(inPixels.find((row) => row.id === 'ear-offset')?.value).toBe('100 px');
    const calibrated: LandmarkSet = {
      ...lateral,
      calibration: { a: { x: 0, y: 0 }, b: { x: 0, y: 500 }, lengthCm: 100 },
    };
    expect(
      describeMeasures('right-lateral', calibrated, 'metric').find((row) => row.id === 'ear-offset')
        ?.value,
    ).toBe('20.0 cm (100 px)');
    expect(
      describeMeasures('right-lateral', calibrated, 'imperial').find(
        (row) => row.id === 'ear-offset',
      )?.value,
    ).toBe('7.9 in (100 px)');
  });
});

describe('saving', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const set = (x: number): LandmarkSet => ({ points: { 'eye-right': { x, y: 10 } } });
  const ok = (): Promise<Result<PhotoInfo>> =>
    Promise.resolve({ ok: true, value: {} as PhotoInfo });

  it('sends one save for a burst of changes, with the newest set', async () => {
    const send = vi.fn(ok);
    const saver = new LandmarkSaver(send, true);
    for (let x = 1; x <= 20; x += 1) saver.schedule(set(x));
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(set(20));
    expect(saver.get().kind).toBe('saved');
  });

  it('sends what is pending at once when flushed', async () => {
    const send = vi.fn(ok);
    const saver = new LandmarkSaver(send, true);
    saver.schedule(set(5));
    saver.flush();
    expect(send).toHaveBeenCalledWith(set(5));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal for a finalized assessment and can try again', async () => {
    const send = vi.fn((): Promise<Result<PhotoInfo>> =>
      Promise.resolve({ ok: false, error: { code: 'conflict', message: 'final' } }),
    );
    const saver = new LandmarkSaver(send, true);
    saver.schedule(set(1));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saver.get()).toEqual({
      kind: 'failed',
      reason: 'this assessment has been finalized, so its photos can no longer change.',
    });
    saver.retry();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('saves nothing when the photo cannot change', async () => {
    const send = vi.fn(ok);
    const saver = new LandmarkSaver(send, false);
    saver.schedule(set(1));
    await vi.runAllTimersAsync();
    expect(send).not.toHaveBeenCalled();
  });
});
