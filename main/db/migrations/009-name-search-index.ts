import type { Migration } from './types';

/**
 * A second full-text index over the names alone, for the first tier of the search (names before
 * anything else). In the index of every column, a prefix such as "gallag" also reads every email
 * word that starts with it ("gallagher412"), one per client, and a column filter still reads every
 * match in other columns before dropping it; here the names are all there is. Prefix indexes up
 * to ten letters let a typed name of that length be read newest first and stopped at a page,
 * instead of gathering every matching word's list. The same tokenizer as `clients_fts`, so both
 * tiers fold case and accents alike.
 */
export const nameSearchIndex: Migration = {
  version: 9,
  name: 'full-text index of client names',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE clients_fts_names USING fts5(
        first_name, last_name,
        content = 'clients', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4 5 6 7 8 9 10'
      );
      INSERT INTO clients_fts_names (clients_fts_names) VALUES ('rebuild');

      CREATE TRIGGER clients_fts_names_insert AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts_names (rowid, first_name, last_name)
        VALUES (new.rowid, new.first_name, new.last_name);
      END;
      CREATE TRIGGER clients_fts_names_delete AFTER DELETE ON clients BEGIN
        INSERT INTO clients_fts_names (clients_fts_names, rowid, first_name, last_name)
        VALUES ('delete', old.rowid, old.first_name, old.last_name);
      END;
      CREATE TRIGGER clients_fts_names_update AFTER UPDATE OF first_name, last_name ON clients BEGIN
        INSERT INTO clients_fts_names (clients_fts_names, rowid, first_name, last_name)
        VALUES ('delete', old.rowid, old.first_name, old.last_name);
        INSERT INTO clients_fts_names (rowid, first_name, last_name)
        VALUES (new.rowid, new.first_name, new.last_name);
      END;
    `);
  },
};
