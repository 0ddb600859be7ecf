/**
 * The vite plugin that puts the pose model into the renderer build: only the variant Stance uses
 * and TensorFlow.js's one WebAssembly file, under `pose/`, so the app serves them from its own
 * origin and never reaches a network for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { POSE_MODEL, POSE_WASM_FILE } from '../shared/domain/pose/model';

export function poseModelFiles(root: string): { from: string; to: string }[] {
  const modelDir = path.join(root, 'vendor', 'pose-model');
  const wasmDir = path.join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  return [
    { from: path.join(modelDir, POSE_MODEL.graphFile), to: POSE_MODEL.graphFile },
    { from: path.join(modelDir, POSE_MODEL.weightsFile), to: POSE_MODEL.weightsFile },
    { from: path.join(wasmDir, POSE_WASM_FILE), to: POSE_WASM_FILE },
  ].map(({ from, to }) => ({ from, to: `${POSE_MODEL.folder}/${to}` }));
}

export function poseAssets(root: string): Plugin {
  return {
    name: 'stance-pose-assets',
    apply: 'build',
    generateBundle() {
      for (const file of poseModelFiles(root))
        this.emitFile({
          type: 'asset',
          fileName: file.to,
          // Named after its source, so the notices find the package a shipped file came from.
          originalFileName: file.from,
          source: fs.readFileSync(file.from),
        });
    },
  };
}
