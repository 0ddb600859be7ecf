/**
 * The embedded file's stores, and transactions across them that cannot interleave.
 *
 * better-sqlite3 has one connection and no transaction per caller: while one is open, any
 * statement from anywhere joins it. So a transaction here must never wait on anything but its own
 * stores, which answer at once; the whole of it then runs before the event loop turns, and no
 * other request (each arrives as an event) can slip a statement in. Every call on the shared
 * stores waits while one is open, so two services started together take turns. A transaction
 * that lets the event loop turn (it waited on a file, a timer, or the shared stores) is rolled
 * back and fails loudly rather than taking in whatever ran meanwhile.
 */
import type { PhotoStore } from '../../photos/store';
import type { Db } from '../connection';
import { answered, type Run } from './answered';
import { sqliteAssessmentStore } from './sqlite-assessment-store';
import { sqliteClientErasure } from './sqlite-client-erasure';
import { sqliteClientStore } from './sqlite-client-store';
import { sqliteExercisePhotoStore, sqliteExerciseStore } from './sqlite-exercise-store';
import { sqliteClipRowStore } from './sqlite-clip-row-store';
import { sqliteFileStore } from './sqlite-file-store';
import { sqlitePhotoRowStore } from './sqlite-photo-row-store';
import { sqliteProgramStore, sqliteSettingsStore } from './sqlite-program-store';
import { sqliteProgressStore } from './sqlite-progress-store';
import { sqliteClientRecordStore } from './sqlite-record-store';
import { sqliteRevisionFileStore } from './sqlite-revision-file-store';
import { nestedTransactionRefused, type Stores } from './stores';

export function sqliteStores(db: Db, files: PhotoStore): Stores {
  let open: Promise<void> | null = null;

  const afterOpenOne: Run = async (work) => {
    while (open) await open;
    return work();
  };

  const transaction = async <T>(work: (stores: Stores) => Promise<T>): Promise<T> => {
    while (open) await open;
    let finish!: () => void;
    open = new Promise((resolve) => (finish = resolve));
    let settled = false;
    const inside: Run = (step) =>
      settled
        ? Promise.reject(new Error('A SQLite store was used after its transaction had ended.'))
        : answered(step);
    try {
      return await within(db, () => work(storesOn(inside, nestedTransactionRefused)));
    } finally {
      settled = true;
      open = null;
      finish();
    }
  };

  const storesOn = (run: Run, nested: Stores['transaction']): Stores => ({
    clients: sqliteClientStore(db, run),
    erasure: sqliteClientErasure(db, files, run),
    assessments: sqliteAssessmentStore(db, run),
    programs: sqliteProgramStore(db, run),
    settings: sqliteSettingsStore(db, run),
    progress: sqliteProgressStore(db, run),
    revisionFiles: sqliteRevisionFileStore(db, files, run),
    files: sqliteFileStore(db, files, run),
    photos: sqlitePhotoRowStore(db, run),
    clips: sqliteClipRowStore(db, run),
    exercises: sqliteExerciseStore(db, run),
    exercisePhotos: sqliteExercisePhotoStore(db, run),
    clientRecords: sqliteClientRecordStore(db, run),
    transaction: nested,
  });

  return storesOn(afterOpenOne, transaction);
}

async function within<T>(db: Db, work: () => Promise<T>): Promise<T> {
  let tick: NodeJS.Immediate | undefined;
  const turned = new Promise<never>((_resolve, reject) => {
    tick = setImmediate(() =>
      reject(new Error('A SQLite transaction waited on something other than its stores.')),
    );
  });
  db.exec('BEGIN IMMEDIATE');
  const pending = work();
  // Left running when the loop turned; its later store calls are refused, its end ignored.
  pending.catch(() => undefined);
  try {
    const result = await Promise.race([pending, turned]);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    clearImmediate(tick);
  }
}
