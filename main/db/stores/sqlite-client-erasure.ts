import { removeUnreferencedPhotos } from '../../photos/photos';
import type { PhotoStore } from '../../photos/store';
import type { Db } from '../connection';
import { hashesOwnedBy } from '../file-references';
import { deleteClient, emptyWriteAheadLog, mergeSearchIndexes } from '../repositories/clients';
import type { Run } from './answered';
import type { ClientErasure } from './client-erasure';

/**
 * Her bytes are zeroed, not just unlinked: secure_delete is on for the connection, the search
 * indexes are merged so no older segment keeps her words, and the write-ahead log is emptied
 * once the delete has committed (it cannot be while a transaction is open).
 */
export function sqliteClientErasure(db: Db, files: PhotoStore, run: Run): ClientErasure {
  return {
    erase: (clientId) =>
      run(() => {
        if (db.inTransaction)
          throw new Error('An erase empties the write-ahead log, so it runs its own transaction.');
        const hashes = hashesOwnedBy(db, { clientId });
        const deleted = db
          .transaction(() => {
            const gone = deleteClient(db, clientId);
            if (gone) mergeSearchIndexes(db);
            return gone;
          })
          .immediate();
        if (!deleted) return undefined;
        emptyWriteAheadLog(db);
        return { erasedFiles: removeUnreferencedPhotos(db, files, hashes), place: 'file' as const };
      }),
  };
}
