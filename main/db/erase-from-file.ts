import { deleteClient, mergeSearchIndexes } from './repositories/clients';
import { openHardened, openUntrusted } from './hardened';
import type { Db } from './connection';

/** Whether a database file (a backup) still holds the client's row. Read-only. */
export function fileHoldsClient(file: string, clientId: string): boolean {
  const db = openUntrusted(file);
  try {
    if (!hasTable(db, 'clients')) return false;
    return db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId) !== undefined;
  } finally {
    db.close();
  }
}

/**
 * Deletes one client from a closed database file that is not the live one (a copy of a backup),
 * as the live erase does: her rows and everything that cascades from them, her words merged out
 * of the search indexes, and every freed page zeroed. Check the file's schema first: its triggers
 * run here.
 */
export function eraseClientFromFile(file: string, clientId: string): void {
  const db = openHardened(file, { fileMustExist: true });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.transaction(() => {
      deleteClient(db, clientId);
      mergeSearchIndexes(db);
    })();
  } finally {
    db.close();
  }
}

function hasTable(db: Db, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}
