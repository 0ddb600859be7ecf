/**
 * The child process of folder-lock.test.ts: opens the real Stance on the data folder it is given,
 * prints its status, adds a client, and stays open until it is killed.
 *
 *   node folder-holder.cjs <dataDir>
 */
import { openStance } from '../../main/stance';

/** The parent always kills us well before this; it only stops an orphan if the parent died. */
const ORPHAN_LIMIT_MS = 60_000;

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: folder-holder <dataDir>');

async function main(folder: string): Promise<void> {
  const core = await openStance({ dataDir: folder, appVersion: 'child' });
  const created = await core.route('clients:create', { firstName: 'Held', lastName: 'Open' });
  process.stdout.write(`${core.status.state} ${created.ok ? 'saved' : 'not-saved'}\n`);
  setTimeout(() => process.exit(0), ORPHAN_LIMIT_MS);
}

void main(dataDir);
