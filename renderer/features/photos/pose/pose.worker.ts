/**
 * Runs the pose model off the page's thread, so the annotator keeps drawing while it works. The
 * photo is decoded and shrunk here too: a 12-megapixel photo is far more than the model's 256 px.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { POSE_MODEL } from '../../../../shared/domain/pose/model';
import type { DetectRequest, DetectResponse } from './messages';
import { decodeModelOutput, letterbox } from './model-output';

let model: Promise<GraphModel> | null = null;

async function loadModel(baseUrl: string): Promise<GraphModel> {
  // A folder, not a file map: only the SIMD build is shipped (POSE_WASM_FILE), and TensorFlow.js
  // picks it on every Chromium with WebAssembly SIMD and no cross-origin isolation, as Electron's.
  setWasmPaths(baseUrl);
  await tf.setBackend('wasm');
  await tf.ready();
  return loadGraphModel(new URL(POSE_MODEL.graphFile, baseUrl).href);
}

/** The photo scaled to fit the model's square input, centred on black, as RGB from 0 to 1. */
async function modelInput(photo: Blob) {
  const size = POSE_MODEL.inputSize;
  const probe = await createImageBitmap(photo);
  const box = letterbox(probe.width, probe.height, size);
  const imageWidth = probe.width;
  const imageHeight = probe.height;
  probe.close();
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas in this worker.');
  context.fillStyle = '#000';
  context.fillRect(0, 0, size, size);
  context.imageSmoothingQuality = 'medium';
  const small = await createImageBitmap(photo, {
    resizeWidth: Math.max(1, Math.round(box.width)),
    resizeHeight: Math.max(1, Math.round(box.height)),
    resizeQuality: 'medium',
  });
  context.drawImage(small, box.left, box.top, box.width, box.height);
  small.close();
  const rgba = context.getImageData(0, 0, size, size).data;
  const rgb = new Float32Array(size * size * 3);
  for (let pixel = 0; pixel < size * size; pixel++) {
    rgb[pixel * 3] = (rgba[pixel * 4] ?? 0) / 255;
    rgb[pixel * 3 + 1] = (rgba[pixel * 4 + 1] ?? 0) / 255;
    rgb[pixel * 3 + 2] = (rgba[pixel * 4 + 2] ?? 0) / 255;
  }
  return { rgb, box, imageWidth, imageHeight };
}

async function detect(request: DetectRequest): Promise<DetectResponse> {
  model ??= loadModel(request.modelBaseUrl);
  const graph = await model;
  const started = performance.now();
  const { rgb, box, imageWidth, imageHeight } = await modelInput(request.photo);
  const decoded = performance.now();
  const size = POSE_MODEL.inputSize;
  const input = tf.tensor4d(rgb, [1, size, size, 3]);
  const outputs = graph.execute(input, ['ld_3d', 'output_poseflag']) as tf.Tensor[];
  const [landmarks, flag] = await Promise.all(outputs.map((output) => output.data()));
  tf.dispose([input, ...outputs]);
  const detection = decodeModelOutput(
    landmarks ?? [],
    flag?.[0] ?? 0,
    box,
    imageWidth,
    imageHeight,
  );
  const done = performance.now();
  return {
    id: request.id,
    ok: true,
    detection,
    timings: { decodeAndResizeMs: decoded - started, modelMs: done - decoded },
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
