/**
 * Runs in its own process (see heic.ts) so its peak memory is the import's alone: adds the HEIC
 * and the JPEG of the same picture through the real `photos:add` channel, alternating, and
 * reports each run's time and the process's peak resident memory.
 */
import fs from 'node:fs';
import type { Assessment } from '../../shared/channels/assessments';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Client } from '../../shared/domain/clients';
import { openStance, type StanceCore } from '../../main/stance';

export interface ChildResult {
  heicMs: number[];
  jpegMs: number[];
  baselineRssMb: number;
  peakRssMb: number;
}

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  const [dataDir, heicFile, jpegFile, runsText] = process.argv.slice(2);
  const runs = Number(runsText);
  const core = await openStance({ dataDir: dataDir!, appVersion: 'bench' });
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  try {
    const client = await call<Client>(core, 'clients:create', {
      firstName: 'Bench',
      lastName: 'Heic',
    });
    const { assessmentId } = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
    });
    const timeAdd = async (file: string, fileName: string): Promise<number> => {
      const dataBase64 = fs.readFileSync(file).toString('base64');
      const start = performance.now();
      const photo = await call<PhotoInfo>(core, 'photos:add', {
        assessmentId,
        view: 'anterior',
        fileName,
        dataBase64,
      });
      const elapsed = performance.now() - start;
      await call(core, 'photos:remove', { id: photo.id });
      core.session!.photos.remove(photo.hash);
      return elapsed;
    };
    const heicMs: number[] = [];
    const jpegMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      heicMs.push(await timeAdd(heicFile!, 'IMG_0001.HEIC'));
      jpegMs.push(await timeAdd(jpegFile!, 'IMG_0001.JPG'));
    }
    const result: ChildResult = {
      heicMs,
      jpegMs,
      baselineRssMb,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    core.close();
  }
}

await main();
