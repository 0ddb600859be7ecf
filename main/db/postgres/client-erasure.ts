/**
 * Erasing a client on a studio server, in one transaction: her rows go (the assessments,
 * revisions, photos, clips and programs with the client, by the schema's cascades), the server's
 * trigger writes the erase to the audit trail under the signed-in practitioner's name, and the
 * stored files nothing names any more go with them: hers, and any left unnamed by earlier work
 * (a removed photo or clip), which on a server have no backup ladder of Stance's to wait for.
 */
import type { ClientErasure } from '../stores/client-erasure';
import { removeUnnamedFiles } from './file-sweep';
import { studioRevisionFileStore } from './revision-file-store';
import { inTransaction, type Queryable } from './transaction';

export function studioClientErasure(db: Queryable): ClientErasure {
  return {
    erase: (clientId) =>
      inTransaction(db, async (client) => {
        const hers = await studioRevisionFileStore(client).ownedBy({ clientId });
        const deleted = await client.query('DELETE FROM clients WHERE id = $1', [clientId]);
        if (deleted.rowCount !== 1) return undefined;
        const erasedFiles = await removeUnnamedFiles(client, hers);
        await removeUnnamedFiles(client, 'all');
        return { erasedFiles, place: 'studio' as const };
      }),
  };
}
