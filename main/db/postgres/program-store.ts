/** A studio's home programs and settings on PostgreSQL, as the SQLite stores behave. */
import type { Dosage } from '../../../shared/domain/exercises';
import type { StoredProgram } from '../repositories/programs';
import type { ProgramStore, SettingsStore } from '../stores/program-store';
import { inTransaction, type Queryable } from './transaction';

interface ProgramRow {
  id: string;
  client_id: string;
  assessment_id: string | null;
  title: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const programColumns = 'id, client_id, assessment_id, title, notes, created_at, updated_at';

const toProgram = (row: ProgramRow): StoredProgram => ({
  id: row.id,
  clientId: row.client_id,
  assessmentId: row.assessment_id,
  title: row.title,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function studioProgramStore(pool: Queryable): ProgramStore {
  return {
    async insert(ids, fields, at) {
      await pool.query(
        `INSERT INTO programs (id, client_id, assessment_id, title, notes, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [ids.id, ids.clientId, fields.assessmentId, fields.title, fields.notes, at],
      );
    },
    async update(id, fields, at, expectedUpdatedAt) {
      const result = await pool.query(
        `UPDATE programs SET assessment_id = $2, title = $3, notes = $4, updated_at = $5
         WHERE id = $1 AND ($6::text IS NULL OR updated_at = $6)`,
        [id, fields.assessmentId, fields.title, fields.notes, at, expectedUpdatedAt ?? null],
      );
      return result.rowCount === 1;
    },
    async lastChange(id) {
      const result = await pool.query<{ updated_at: string; updated_by: string | null }>(
        'SELECT updated_at, updated_by FROM programs WHERE id = $1',
        [id],
      );
      const row = result.rows[0];
      return row && { updatedAt: row.updated_at, updatedBy: row.updated_by };
    },
    replaceItems: (programId, items) =>
      inTransaction(pool, async (client) => {
        await client.query('DELETE FROM program_items WHERE program_id = $1', [programId]);
        await client.query(
          `INSERT INTO program_items (program_id, position, exercise_id, dosage, notes)
           SELECT $1, position - 1, exercise_id, dosage, notes
           FROM unnest($2::text[], $3::jsonb[], $4::text[]) WITH ORDINALITY
             AS item(exercise_id, dosage, notes, position)`,
          [
            programId,
            items.map((item) => item.exerciseId),
            items.map((item) => JSON.stringify(item.dosage)),
            items.map((item) => item.notes),
          ],
        );
      }),
    async find(id) {
      const result = await pool.query<ProgramRow>(
        `SELECT ${programColumns} FROM programs WHERE id = $1`,
        [id],
      );
      const row = result.rows[0];
      return row && toProgram(row);
    },
    async findItems(programId) {
      const result = await pool.query<{
        position: number;
        exercise_id: string;
        dosage: Dosage;
        notes: string;
      }>(
        'SELECT position, exercise_id, dosage, notes FROM program_items WHERE program_id = $1 ORDER BY position',
        [programId],
      );
      return result.rows.map((row) => ({
        position: row.position,
        exerciseId: row.exercise_id,
        dosage: row.dosage,
        notes: row.notes,
      }));
    },
    async listForClient(clientId) {
      const result = await pool.query<ProgramRow & { item_count: number }>(
        `SELECT ${programColumns.replace(/(\w+)/g, 'p.$1')},
           (SELECT count(*)::int FROM program_items i WHERE i.program_id = p.id) AS item_count
         FROM programs p WHERE p.client_id = $1 ORDER BY p.created_at DESC, p.seq DESC`,
        [clientId],
      );
      return result.rows.map((row) => ({
        id: row.id,
        clientId: row.client_id,
        assessmentId: row.assessment_id,
        title: row.title,
        itemCount: row.item_count,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    },
    async delete(id) {
      const result = await pool.query('DELETE FROM programs WHERE id = $1', [id]);
      return result.rowCount === 1;
    },
  };
}

export function studioSettingsStore(pool: Queryable): SettingsStore {
  return {
    async read(keys) {
      if (keys.length === 0) return {};
      const result = await pool.query<{ key: string; value: unknown }>(
        'SELECT key, value FROM settings WHERE key = ANY($1::text[])',
        [keys],
      );
      return Object.fromEntries(result.rows.map((row) => [row.key, row.value]));
    },
    write: (entries) =>
      inTransaction(pool, async (client) => {
        for (const [key, value] of Object.entries(entries)) {
          if (value === undefined) continue;
          await client.query(
            `INSERT INTO settings (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
            [key, JSON.stringify(value)],
          );
        }
      }),
  };
}
