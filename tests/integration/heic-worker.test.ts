import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHeicHere } from '../../main/photos/heic-decode';
import { HEIC_WORKER_FILE, HeicDecoderThread, HeicUnreadable } from '../../main/photos/heic';

const phoneHeic = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/heic/phone-portrait.heic'),
);

const root = path.join(import.meta.dirname, '../..');
let workerDir: string;
let thread: HeicDecoderThread;

beforeAll(async () => {
  // Inside the project, so the worker finds libheif-js in node_modules as the app's does.
  const cache = path.join(root, 'node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  workerDir = fs.mkdtempSync(path.join(cache, 'stance-heic-worker-'));
  const workerFile = path.join(workerDir, HEIC_WORKER_FILE);
  const buildScript = pathToFileURL(path.join(root, 'scripts/build-main.mjs'));
  const { heicWorkerBundle } = (await import(buildScript.href)) as {
    heicWorkerBundle: BuildOptions;
  };
  // The same build settings the app ships with, into a temporary folder.
  await build({ ...heicWorkerBundle, outfile: workerFile, logLevel: 'silent' });
  thread = new HeicDecoderThread(workerFile);
});
afterAll(async () => {
  await thread.stop();
  fs.rmSync(workerDir, { recursive: true, force: true });
});

describe('the HEIC decoder thread the built app uses', () => {
  it('gives the same upright pixels as decoding on the calling thread', async () => {
    const [inWorker, here] = await Promise.all([
      thread.decode(phoneHeic),
      decodeHeicHere(phoneHeic),
    ]);
    expect({ width: inWorker.width, height: inWorker.height }).toEqual({ width: 80, height: 120 });
    expect(inWorker.channels).toBe(3);
    expect(here.channels).toBe(3);
    expect(inWorker.pixels.length).toBe(80 * 120 * 3);
    expect(Buffer.compare(inWorker.pixels, here.pixels)).toBe(0);
  });

  it('answers a damaged file with a refusal and keeps decoding the next photos', async () => {
    const cut = phoneHeic.subarray(0, phoneHeic.length / 2);
    await expect(thread.decode(cut)).rejects.toBeInstanceOf(HeicUnreadable);
    const [first, second] = await Promise.all([thread.decode(phoneHeic), thread.decode(phoneHeic)]);
    expect(first.height).toBe(120);
    expect(second.height).toBe(120);
  });
});
