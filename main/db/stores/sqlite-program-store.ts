import type { Db } from '../connection';
import {
  deleteProgram,
  findProgram,
  findProgramItems,
  insertProgram,
  listClientPrograms,
  replaceProgramItems,
  updateProgram,
} from '../repositories/programs';
import { readSettingValues, writeSettingValues } from '../repositories/settings';
import { answered, type Run } from './answered';
import type { ProgramStore, SettingsStore } from './program-store';

/** The embedded file's programs behind the engine-neutral contract. */
export function sqliteProgramStore(db: Db, run: Run = answered): ProgramStore {
  return {
    insert: (ids, fields, at) => run(() => insertProgram(db, ids, fields, at)),
    update: (id, fields, at, expectedUpdatedAt) =>
      run(() => updateProgram(db, id, fields, at, expectedUpdatedAt ?? null)),
    lastChange: (id) =>
      run(() => {
        const program = findProgram(db, id);
        return program && { updatedAt: program.updatedAt, updatedBy: null };
      }),
    replaceItems: (programId, items) =>
      run(() => db.transaction(() => replaceProgramItems(db, programId, items))()),
    find: (id) => run(() => findProgram(db, id)),
    findItems: (programId) => run(() => findProgramItems(db, programId)),
    listForClient: (clientId) => run(() => listClientPrograms(db, clientId)),
    delete: (id) => run(() => deleteProgram(db, id)),
  };
}

/** The embedded file's settings behind the engine-neutral contract. */
export function sqliteSettingsStore(db: Db, run: Run = answered): SettingsStore {
  return {
    read: (keys) => run(() => readSettingValues(db, keys)),
    write: (entries) => run(() => writeSettingValues(db, entries)),
  };
}
