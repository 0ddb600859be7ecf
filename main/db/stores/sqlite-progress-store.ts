import type { Db } from '../connection';
import { listProgressPhotos, listProgressRows } from '../repositories/progress';
import { answered, type Run } from './answered';
import type { ProgressStore } from './progress-store';

/** The embedded file's progress reads behind the engine-neutral contract. */
export function sqliteProgressStore(db: Db, run: Run = answered): ProgressStore {
  return {
    visits: (clientId) => run(() => listProgressRows(db, clientId)),
    photos: (clientId) => run(() => listProgressPhotos(db, clientId)),
  };
}
