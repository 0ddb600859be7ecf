import type { ProgramSummary } from '../../../shared/channels/programs';
import type { Dosage } from '../../../shared/domain/exercises';
import type { Db } from '../connection';

interface ProgramRow {
  id: string;
  client_id: string;
  assessment_id: string | null;
  title: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  position: number;
  exercise_id: string;
  dosage: string;
  notes: string;
}

export interface ProgramFields {
  assessmentId: string | null;
  title: string;
  notes: string;
}

export type StoredProgram = ProgramFields & {
  id: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
};

export interface StoredItem {
  position: number;
  exerciseId: string;
  dosage: Dosage;
  notes: string;
}

export type NewItem = Omit<StoredItem, 'position'>;

export function insertProgram(
  db: Db,
  ids: { id: string; clientId: string },
  fields: ProgramFields,
  at: string,
): void {
  db.prepare(
    `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(ids.id, ids.clientId, fields.assessmentId, fields.title, fields.notes, at, at);
}

/** Given `expected`, only while the program still holds that stamp. */
export function updateProgram(
  db: Db,
  id: string,
  fields: ProgramFields,
  at: string,
  expected: string | null = null,
): boolean {
  return (
    db
      .prepare(
        `UPDATE programs SET assessment_id = ?, title = ?, notes = ?, updated_at = ?
         WHERE id = ? AND (? IS NULL OR updated_at = ?)`,
      )
      .run(fields.assessmentId, fields.title, fields.notes, at, id, expected, expected).changes ===
    1
  );
}

/** The list is replaced whole, numbered from 0 in the order given; call inside a transaction. */
export function replaceProgramItems(db: Db, programId: string, items: readonly NewItem[]): void {
  db.prepare('DELETE FROM program_items WHERE program_id = ?').run(programId);
  const insert = db.prepare(
    'INSERT INTO program_items (program_id, position, exercise_id, dosage, notes) VALUES (?, ?, ?, ?, ?)',
  );
  items.forEach((item, position) => {
    insert.run(programId, position, item.exerciseId, JSON.stringify(item.dosage), item.notes);
  });
}

export function findProgram(db: Db, id: string): StoredProgram | undefined {
  const row = db.prepare('SELECT * FROM programs WHERE id = ?').get(id) as ProgramRow | undefined;
  return row && toProgram(row);
}

/** Dosages were validated before they were written (or came from an export of such rows). */
export function findProgramItems(db: Db, programId: string): StoredItem[] {
  const rows = db
    .prepare(
      'SELECT position, exercise_id, dosage, notes FROM program_items WHERE program_id = ? ORDER BY position',
    )
    .all(programId) as ItemRow[];
  return rows.map((row) => ({
    position: row.position,
    exerciseId: row.exercise_id,
    dosage: JSON.parse(row.dosage) as Dosage,
    notes: row.notes,
  }));
}

export function listClientPrograms(db: Db, clientId: string): ProgramSummary[] {
  const rows = db
    .prepare(
      `SELECT p.*, (SELECT count(*) FROM program_items i WHERE i.program_id = p.id) AS item_count
       FROM programs p WHERE p.client_id = ? ORDER BY p.created_at DESC, p.rowid DESC`,
    )
    .all(clientId) as (ProgramRow & { item_count: number })[];
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    assessmentId: row.assessment_id,
    title: row.title,
    itemCount: row.item_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** A client's programs, oldest first, as stored (for her complete record). */
export function listStoredPrograms(db: Db, clientId: string): StoredProgram[] {
  const rows = db
    .prepare('SELECT * FROM programs WHERE client_id = ? ORDER BY created_at, id')
    .all(clientId) as ProgramRow[];
  return rows.map(toProgram);
}

/** Puts back a program exactly as it was stored, its items at their own positions. */
export function insertStoredProgram(
  db: Db,
  program: StoredProgram,
  items: readonly StoredItem[],
): void {
  db.prepare(
    `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
     VALUES (@id, @clientId, @assessmentId, @title, @notes, @createdAt, @updatedAt)`,
  ).run(program);
  const insert = db.prepare(
    'INSERT INTO program_items (program_id, position, exercise_id, dosage, notes) VALUES (?, ?, ?, ?, ?)',
  );
  for (const item of items) {
    insert.run(program.id, item.position, item.exerciseId, JSON.stringify(item.dosage), item.notes);
  }
}

export function deleteProgram(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM programs WHERE id = ?').run(id).changes === 1;
}

function toProgram(row: ProgramRow): StoredProgram {
  return {
    id: row.id,
    clientId: row.client_id,
    assessmentId: row.assessment_id,
    title: row.title,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
