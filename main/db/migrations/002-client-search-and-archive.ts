import type { Migration } from './types';

/**
 * Archive (hidden, restorable) and full-text search. The FTS index is external-content, so the
 * text is stored once, in `clients`; triggers keep the index in step inside the same transaction.
 */
export const clientSearchAndArchive: Migration = {
  version: 2,
  name: 'client archive and full-text search',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN archived_at TEXT;
      CREATE INDEX clients_by_name ON clients (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

      CREATE VIRTUAL TABLE clients_fts USING fts5(
        first_name, last_name, email, phone, occupation, notes,
        content = 'clients', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');

      CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts (rowid, first_name, last_name, email, phone, occupation, notes)
        VALUES (new.rowid, new.first_name, new.last_name, new.email, new.phone, new.occupation, new.notes);
      END;
      CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
        INSERT INTO clients_fts (clients_fts, rowid, first_name, last_name, email, phone, occupation, notes)
        VALUES ('delete', old.rowid, old.first_name, old.last_name, old.email, old.phone, old.occupation, old.notes);
      END;
      CREATE TRIGGER clients_fts_update AFTER UPDATE OF first_name, last_name, email, phone, occupation, notes ON clients BEGIN
        INSERT INTO clients_fts (clients_fts, rowid, first_name, last_name, email, phone, occupation, notes)
        VALUES ('delete', old.rowid, old.first_name, old.last_name, old.email, old.phone, old.occupation, old.notes);
        INSERT INTO clients_fts (rowid, first_name, last_name, email, phone, occupation, notes)
        VALUES (new.rowid, new.first_name, new.last_name, new.email, new.phone, new.occupation, new.notes);
      END;
    `);
  },
};
