/**
 * The child process of leftovers.test.ts, killed with SIGKILL by its parent at a random moment.
 *
 *   node leftovers-child.cjs restore <dataDir>   adds clients and restores the one backup, over
 *                                               and over: CREATE/ACK <name>, RESTORE/RESTORED
 *   node leftovers-child.cjs migrate <dataDir>   opens (so migrates) the data folder, says READY
 *                                               and ends, unless it was killed first
 *
 * Each step is announced before it starts and acknowledged only after Stance answered, so the
 * parent knows what was promised and what may have been in flight when the kill came.
 */
import fs from 'node:fs';
import { openStance } from '../../main/stance';
import type { BackupSummary, CreatedBackup } from '../../shared/channels/backups';
import type { Result } from '../../shared/errors';

export const BASE_CLIENT = 'Base';
const ORPHAN_LIMIT_MS = 60_000;

function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function valueOf<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function restoreForever(dataDir: string): Promise<void> {
  const core = await openStance({ dataDir, appVersion: 'leftovers-test' });
  if (core.status.state !== 'ready') throw new Error(`not ready: ${core.status.message}`);
  const route = core.route;
  const backups = valueOf<BackupSummary[]>(await route('backups:list', {}), 'list');
  let target = backups.find((backup) => backup.kind === 'manual');
  if (!target) {
    say(`CREATE ${BASE_CLIENT}`);
    valueOf(
      await route('clients:create', {
        firstName: BASE_CLIENT,
        lastName: 'Test',
        notes: 'n'.repeat(300),
      }),
      'create',
    );
    say(`ACK ${BASE_CLIENT}`);
    target = valueOf<CreatedBackup>(await route('backups:create', {}), 'backup').backup;
  }
  say('STARTED');
  for (let round = 0; ; round += 1) {
    for (let index = 0; index < 3; index += 1) {
      const name = `Client-${process.pid}-${round}-${index}`;
      say(`CREATE ${name}`);
      valueOf(
        await route('clients:create', {
          firstName: name,
          lastName: 'Test',
          notes: 'm'.repeat(300),
        }),
        'create',
      );
      say(`ACK ${name}`);
    }
    say('RESTORE');
    valueOf(await route('backups:restore', { name: target.name }), 'restore');
    say('RESTORED');
  }
}

async function migrateOnce(dataDir: string): Promise<void> {
  say('STARTED');
  const core = await openStance({ dataDir, appVersion: 'leftovers-test' });
  if (core.status.state !== 'ready') throw new Error(`not ready: ${core.status.message}`);
  core.close();
  say('READY');
  process.exit(0);
}

async function main(): Promise<void> {
  const [mode, dataDir] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: leftovers-child restore|migrate <dataDir>');
  setTimeout(() => process.exit(3), ORPHAN_LIMIT_MS).unref();
  if (mode === 'restore') await restoreForever(dataDir);
  else await migrateOnce(dataDir);
}

if (/leftovers-child\.(ts|cjs)$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
