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
import { answered } from './answered';
import type { ProgramStore, SettingsStore } from './program-store';

/** The embedded file's programs behind the engine-neutral contract. */
export function sqliteProgramStore(db: Db): ProgramStore {
  return {
    insert: (ids, fields, at) => answered(() => insertProgram(db, ids, fields, at)),
    update: (id, fields, at) => answered(() => updateProgram(db, id, fields, at)),
    replaceItems: (programId, items) =>
      answered(() => db.transaction(() => replaceProgramItems(db, programId, items))()),
    find: (id) => answered(() => findProgram(db, id)),
    findItems: (programId) => answered(() => findProgramItems(db, programId)),
    listForClient: (clientId) => answered(() => listClientPrograms(db, clientId)),
    delete: (id) => answered(() => deleteProgram(db, id)),
  };
}

/** The embedded file's settings behind the engine-neutral contract. */
export function sqliteSettingsStore(db: Db): SettingsStore {
  return {
    read: (keys) => answered(() => readSettingValues(db, keys)),
    write: (entries) => answered(() => writeSettingValues(db, entries)),
  };
}
