/**
 * Restore and erase on the bench's 72 MB database (`npm run bench -- restore` runs these alone).
 *
 * - Restore through the router (`backups:restoreFrom`: schema check of the untrusted file, copy
 *   with the online backup API, the copy verified again with the search index check, the swap,
 *   and the reopen with its own checks) beside a bare online-backup copy of the same file.
 * - A draft save with secure_delete on (what Stance now runs) beside the same bare statement with
 *   it off, so the cost of zeroing freed pages shows.
 * - Erasing one client from the 72 MB database (delete, search index merge, WAL emptied).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createVerifiedBackup } from '../../main/db/backup';
import { windowlessHost } from '../../main/host';
import { dataPaths, openStance } from '../../main/stance';
import type { Client } from '../../shared/domain/clients';
import type { SeededData } from './seed';
import { sampleBody } from './seed';
import { summarize, timeEach, type Timing } from './stats';

const RESTORE_RUNS = 4;
const RESTORE_TARGET_MS = 3000;
const RESTORE_MAX_RATIO = 2;

export interface RestoreBench {
  sourceMb: number;
  restore: Timing;
  bareCopy: Timing;
  saveSecure: Timing;
  saveBare: Timing;
  erase: Timing;
  load: { before: number; after: number; cores: number };
}

export async function benchRestore(benchDir: string, seeded: SeededData): Promise<RestoreBench> {
  const loadBefore = os.loadavg()[0] ?? NaN;
  const work = path.join(benchDir, 'restore');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const source = path.join(work, 'source.stance.db');
  const seededDb = new Database(dataPaths(seeded.dataDir).database, { readonly: true });
  try {
    await createVerifiedBackup(seededDb, source);
  } finally {
    seededDb.close();
  }

  const restores: number[] = [];
  const copies: number[] = [];
  for (let run = 0; run < RESTORE_RUNS; run += 1) {
    const dataDir = path.join(work, `data-${run}`);
    const core = await openStance({
      dataDir,
      appVersion: 'bench',
      host: { ...windowlessHost, chooseOpenFile: () => Promise.resolve(source) },
    });
    try {
      const start = performance.now();
      const answer = await core.route('backups:restoreFrom', {});
      restores.push(performance.now() - start);
      if (!answer.ok) throw new Error(`restore failed: ${answer.error.message}`);
    } finally {
      core.close();
    }
    const bareTarget = path.join(work, `bare-${run}.db`);
    const bare = new Database(source, { readonly: true });
    const start = performance.now();
    await bare.backup(bareTarget);
    copies.push(performance.now() - start);
    bare.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(bareTarget, { force: true });
  }

  const sourceMb = fs.statSync(source).size / 1e6;
  const saves = await timeSaves(work, source, seeded);
  const erase = await timeErase(work, source);
  fs.rmSync(work, { recursive: true, force: true });
  return {
    sourceMb,
    restore: summarize(restores),
    bareCopy: summarize(copies),
    ...saves,
    erase,
    load: { before: loadBefore, after: os.loadavg()[0] ?? NaN, cores: os.availableParallelism() },
  };
}

/** The same body update, on a copy of the 72 MB file, with secure_delete on and off. */
async function timeSaves(
  work: string,
  source: string,
  seeded: SeededData,
): Promise<{ saveSecure: Timing; saveBare: Timing }> {
  const file = path.join(work, 'saves.db');
  fs.copyFileSync(source, file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const update = db.prepare(
    'UPDATE assessment_revisions SET body = ?, updated_at = ? WHERE assessment_id = ? AND revision = 1',
  );
  const targets = seeded.assessmentIds.filter((_, index) => index % 167 === 0).slice(0, 200);
  const times = async (secure: boolean, seed: number): Promise<number[]> => {
    db.pragma(`secure_delete = ${secure ? 'ON' : 'OFF'}`);
    // Bodies of another length each round, so pages are freed and rewritten as a real save does.
    return timeEach(targets, (id) =>
      update.run(JSON.stringify(sampleBody(seed + id.charCodeAt(0))), new Date().toISOString(), id),
    );
  };
  await times(false, 1);
  const saveBare = await times(false, 2);
  const saveSecure = await times(true, 3);
  db.close();
  fs.rmSync(file, { force: true });
  return { saveSecure: summarize(saveSecure), saveBare: summarize(saveBare) };
}

/** Erasing clients one at a time through the router on a copy of the 72 MB database. */
async function timeErase(work: string, source: string): Promise<Timing> {
  const dataDir = path.join(work, 'erase');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(source, dataPaths(dataDir).database);
  const core = await openStance({ dataDir, appVersion: 'bench' });
  try {
    const listed = await core.route('clients:list', { limit: 8 });
    if (!listed.ok) throw new Error(listed.error.message);
    const clients = listed.value as Client[];
    return summarize(
      await timeEach(clients, async (client) => {
        const answer = await core.route('clients:erase', {
          id: client.id,
          confirmName: `${client.firstName} ${client.lastName}`,
        });
        if (!answer.ok) throw new Error(answer.error.message);
      }),
    );
  } finally {
    core.close();
  }
}

export function printRestoreResults(result: RestoreBench): boolean {
  const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(10);
  const ratio = result.restore.max / result.bareCopy.max;
  const met = result.restore.max < RESTORE_TARGET_MS && ratio <= RESTORE_MAX_RATIO;
  console.log(`\nRestore and erase on the bench database (${result.sourceMb.toFixed(1)} MB)`);
  console.log(`${''.padEnd(46)}${'p50'.padStart(10)}${'max'.padStart(10)}`);
  console.log(
    `${`restore with schema check (${result.restore.runs})`.padEnd(46)}${ms(result.restore.p50)}${ms(result.restore.max)}`,
  );
  console.log(
    `${'bare online-backup copy of the same file'.padEnd(46)}${ms(result.bareCopy.p50)}${ms(result.bareCopy.max)}`,
  );
  console.log(
    `  restore max ${ratio.toFixed(1)}x the bare copy; target < ${RESTORE_TARGET_MS} ms and <= ${RESTORE_MAX_RATIO}x: ${met ? 'met' : 'MISSED'}`,
  );
  const fine = (value: number) => `${value.toFixed(2)} ms`.padStart(10);
  console.log(
    `${`draft save, secure_delete on (${result.saveSecure.runs})`.padEnd(46)}${fine(result.saveSecure.p50)}${fine(result.saveSecure.p95)} (p95)`,
  );
  console.log(
    `${'same save, secure_delete off'.padEnd(46)}${fine(result.saveBare.p50)}${fine(result.saveBare.p95)} (p95)   ${(result.saveSecure.p95 / result.saveBare.p95).toFixed(1)}x`,
  );
  console.log(
    `${`erase a client, no backups (${result.erase.runs})`.padEnd(46)}${ms(result.erase.p50)}${ms(result.erase.max)}`,
  );
  const { load } = result;
  console.log(
    `${'machine load (1-minute average)'.padEnd(46)}${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after, on ${load.cores} cores`,
  );
  return met;
}
