import type { Migration } from './types';

export const createClients: Migration = {
  version: 1,
  name: 'create clients',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id            TEXT PRIMARY KEY,
        first_name    TEXT NOT NULL CHECK (length(trim(first_name)) BETWEEN 1 AND 100),
        last_name     TEXT NOT NULL CHECK (length(trim(last_name)) BETWEEN 1 AND 100),
        date_of_birth TEXT NOT NULL DEFAULT '',
        email         TEXT NOT NULL DEFAULT '',
        phone         TEXT NOT NULL DEFAULT '',
        occupation    TEXT NOT NULL DEFAULT '',
        notes         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clients_by_created ON clients (created_at DESC);
    `);
  },
};
