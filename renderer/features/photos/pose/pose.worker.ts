/**
 * Runs the pose model off the page's thread, so the annotator keeps drawing while it works. The
 * page hands it the photo's screen-sized copy (1600 px), which is decoded here once, straight to a
 * small copy: even that is far more than the model's 256 px needs, and a 12-megapixel original
 * takes longer to decode than the model takes to run.
 *
 * Two passes, as MediaPipe does with a detector and tracking: the first looks at the whole photo
 * to find the body, the second at a square around the body found, which gives sharper points and
 * places parts cut off by the photo's edge outside it (gaps) rather than squeezing them in.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { POSE_MODEL } from '../../../../shared/domain/pose/model';
import { decodeSmall, fitInside } from './decode-small';
import type { DetectRequest, DetectResponse } from './messages';
import { bodyRegion, decodeModelOutput, regionBox, type Letterbox } from './model-output';

/**
 * The small copy's long edge: three times the model's input, so the second pass (a square around
 * the body, most of the photo's height) still has more pixels than the model reads; and half the
 * screen copy's edge, which a JPEG decoder scales to almost for free.
 */
const WORKING_EDGE = 800;
const SIZE = POSE_MODEL.inputSize;

let model: Promise<GraphModel> | null = null;

async function loadModel(baseUrl: string): Promise<GraphModel> {
  // A folder, not a file map: only the SIMD build is shipped (POSE_WASM_FILE), and TensorFlow.js
  // picks it on every Chromium with WebAssembly SIMD and no cross-origin isolation, as Electron's.
  setWasmPaths(baseUrl);
  await tf.setBackend('wasm');
  await tf.ready();
  return loadGraphModel(new URL(POSE_MODEL.graphFile, baseUrl).href);
}

const canvas = new OffscreenCanvas(SIZE, SIZE);

/** A square region of the small copy (its pixels) as the model's input: RGB from 0 to 1. */
function inputFrom(image: ImageBitmap, x: number, y: number, size: number): Float32Array {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas in this worker.');
  context.fillStyle = '#000';
  context.fillRect(0, 0, SIZE, SIZE);
  // Parts of the square outside the photo stay black, as the model was trained with.
  context.drawImage(image, x, y, size, size, 0, 0, SIZE, SIZE);
  const rgba = context.getImageData(0, 0, SIZE, SIZE).data;
  const rgb = new Float32Array(SIZE * SIZE * 3);
  for (let pixel = 0; pixel < SIZE * SIZE; pixel++) {
    rgb[pixel * 3] = (rgba[pixel * 4] ?? 0) / 255;
    rgb[pixel * 3 + 1] = (rgba[pixel * 4 + 1] ?? 0) / 255;
    rgb[pixel * 3 + 2] = (rgba[pixel * 4 + 2] ?? 0) / 255;
  }
  return rgb;
}

interface ModelAnswer {
  landmarks: Float32Array | Int32Array | Uint8Array;
  personScore: number;
}

/** The model's time alone, what the benchmark compares the whole detection with. */
let modelMs = 0;

async function runModel(graph: GraphModel, rgb: Float32Array): Promise<ModelAnswer> {
  const started = performance.now();
  const input = tf.tensor4d(rgb, [1, SIZE, SIZE, 3]);
  const outputs = graph.execute(input, ['ld_3d', 'output_poseflag']) as tf.Tensor[];
  const [landmarks, flag] = await Promise.all(outputs.map((output) => output.data()));
  tf.dispose([input, ...outputs]);
  modelMs += performance.now() - started;
  return { landmarks: landmarks ?? new Float32Array(0), personScore: flag?.[0] ?? 0 };
}

async function detect(request: DetectRequest): Promise<DetectResponse> {
  model ??= loadModel(request.modelBaseUrl);
  const graph = await model;
  const started = performance.now();
  modelMs = 0;
  const small = await decodeSmall(
    request.photo,
    fitInside(request.width, request.height, WORKING_EDGE),
  );
  const decoded = performance.now();
  // Boxes in photo pixels: the small copy's pixels times `factor`.
  const factor = request.width / small.width;
  const inPhoto = (box: Letterbox): Letterbox => ({ ...box, scale: box.scale * factor });
  const side = Math.max(small.width, small.height);
  const whole = { x: (small.width - side) / 2, y: (small.height - side) / 2, size: side };
  const first = await runModel(graph, inputFrom(small, whole.x, whole.y, whole.size));
  const firstBox = inPhoto(regionBox(whole.x, whole.y, whole.size, SIZE));
  let result = { ...first, box: firstBox };
  const region = bodyRegion(first.landmarks, firstBox);
  if (region.size > 0) {
    const x = region.x / factor;
    const y = region.y / factor;
    const size = region.size / factor;
    const second = await runModel(graph, inputFrom(small, x, y, size));
    result = { ...second, box: inPhoto(regionBox(x, y, size, SIZE)) };
  }
  small.close();
  const detection = decodeModelOutput(
    result.landmarks,
    result.personScore,
    result.box,
    request.width,
    request.height,
  );
  const done = performance.now();
  return {
    id: request.id,
    ok: true,
    detection,
    timings: { totalMs: done - started, decodeMs: decoded - started, modelMs },
  };
}

self.onmessage = (event: MessageEvent<DetectRequest>) => {
  void detect(event.data)
    .catch((error: unknown): DetectResponse => ({
      id: event.data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }))
    .then((response) => self.postMessage(response));
};
