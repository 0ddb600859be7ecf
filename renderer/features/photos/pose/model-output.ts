/**
 * The arithmetic between a photo and the model: where the photo sits in the model's square input
 * (scaled to fit, centred, the rest black), and how the model's raw output turns back into points
 * on the photo. Pure, so it is tested without a model.
 */
import {
  blazePosePoints,
  type BlazePosePoint,
  type ModelKeypoint,
  type PoseDetection,
} from '../../../../shared/domain/pose/model';

export interface Letterbox {
  /** The photo's size inside the square input, in input pixels. */
  readonly width: number;
  readonly height: number;
  /** Where its top-left corner sits in the input. */
  readonly left: number;
  readonly top: number;
  /** Photo pixels per input pixel. */
  readonly scale: number;
}

export function letterbox(imageWidth: number, imageHeight: number, inputSize: number): Letterbox {
  const scale = Math.max(imageWidth, imageHeight) / inputSize;
  const width = imageWidth / scale;
  const height = imageHeight / scale;
  return { width, height, left: (inputSize - width) / 2, top: (inputSize - height) / 2, scale };
}

/** Where a square region of the photo (in photo pixels) sits in the model's input. */
export function regionBox(x: number, y: number, size: number, inputSize: number): Letterbox {
  const scale = size / inputSize;
  return { width: inputSize, height: inputSize, left: -x / scale, top: -y / scale, scale };
}

/**
 * The square the model should look at next, as MediaPipe tracks a body: centred on the model's
 * body-centre point (index 33), reaching its body-top point (34), with a quarter more room. A
 * person cut off by the photo's edge then has the missing parts placed outside it, as gaps,
 * instead of squeezed inside.
 */
export function bodyRegion(
  landmarks: ArrayLike<number>,
  box: Letterbox,
): { x: number; y: number; size: number } {
  const at = (index: number) => ({
    x: ((landmarks[index * VALUES_PER_POINT] ?? 0) - box.left) * box.scale,
    y: ((landmarks[index * VALUES_PER_POINT + 1] ?? 0) - box.top) * box.scale,
  });
  const centre = at(BODY_CENTRE);
  const top = at(BODY_TOP);
  const size = 2 * Math.hypot(top.x - centre.x, top.y - centre.y) * ROI_ROOM;
  return { x: centre.x - size / 2, y: centre.y - size / 2, size };
}

const BODY_CENTRE = 33;
const BODY_TOP = 34;
/** MediaPipe's pose landmark ROI is enlarged by 1.25 on each axis. */
const ROI_ROOM = 1.25;

/** The model's 0–1 number from its raw value (it gives logits for visibility and presence). */
const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** Each point's five values in `ld_3d`: x, y, z (input pixels), visibility and presence logits. */
const VALUES_PER_POINT = 5;

/**
 * Turns `ld_3d` and the person flag into points on the photo. A point's confidence is how likely
 * it is both inside the picture and not hidden (presence × visibility).
 */
export function decodeModelOutput(
  landmarks: ArrayLike<number>,
  personScore: number,
  box: Letterbox,
  imageWidth: number,
  imageHeight: number,
): PoseDetection {
  const keypoints = {} as Record<BlazePosePoint, ModelKeypoint>;
  blazePosePoints.forEach((name, index) => {
    const at = index * VALUES_PER_POINT;
    const x = ((landmarks[at] ?? 0) - box.left) * box.scale;
    const y = ((landmarks[at + 1] ?? 0) - box.top) * box.scale;
    const score = sigmoid(landmarks[at + 3] ?? -Infinity) * sigmoid(landmarks[at + 4] ?? -Infinity);
    keypoints[name] = { x, y, score };
  });
  return { keypoints, personScore, imageWidth, imageHeight };
}
