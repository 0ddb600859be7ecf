import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { poseModelFiles } from '../../../scripts/pose-assets';

const root = path.resolve(import.meta.dirname, '../../..');
const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the pose model files the build ships', () => {
  it('are the vendored weights named in vendor/pose-model/README.md, unchanged', () => {
    const readme = fs.readFileSync(path.join(root, 'vendor/pose-model/README.md'), 'utf8');
    for (const { from } of poseModelFiles(root).filter((file) => file.from.includes('vendor'))) {
      expect(readme).toContain(`| ${path.basename(from)}`);
      expect(readme).toContain(sha256(from));
    }
  });

  it('are only the one model variant and one WebAssembly build, all under pose/', () => {
    const shipped = poseModelFiles(root).map((file) => file.to);
    expect(shipped).toEqual([
      'pose/blazepose-full.json',
      'pose/blazepose-full.bin',
      'pose/tfjs-backend-wasm-simd.wasm',
    ]);
    for (const { from } of poseModelFiles(root)) expect(fs.existsSync(from)).toBe(true);
  });
});
