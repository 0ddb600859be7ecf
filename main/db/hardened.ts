import Database from 'better-sqlite3';

/**
 * Every connection Stance opens goes through here. better-sqlite3 13 sets
 * SQLITE_DBCONFIG_DEFENSIVE at every open (its Database constructor) and only `unsafeMode(true)`
 * clears it; it has no option or getter for it, so `unsafeMode(false)` states it explicitly.
 * Defensive mode refuses writable_schema edits, writes to FTS shadow tables and journal_mode=OFF.
 * trusted_schema=OFF stops a file's views and triggers from calling functions or virtual tables
 * that are not marked safe for use inside a schema.
 */
export function openHardened(file: string, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  try {
    db.unsafeMode(false);
    db.pragma('trusted_schema = OFF');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A file from outside (a backup, a picked file): read-only, never created, never changed. */
export function openUntrusted(file: string): Database.Database {
  return openHardened(file, { readonly: true, fileMustExist: true });
}
