import type { Client, ClientFields, ClientSummary } from '../../../shared/domain/clients';
import type { Db } from '../connection';

interface ClientRow {
  id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  email: string;
  phone: string;
  occupation: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const summaryColumns = 'id, first_name, last_name, date_of_birth, email, phone, created_at';

export function insertClient(db: Db, client: Client): void {
  db.prepare(
    `INSERT INTO clients (id, first_name, last_name, date_of_birth, email, phone, occupation, notes, created_at, updated_at)
     VALUES (@id, @firstName, @lastName, @dateOfBirth, @email, @phone, @occupation, @notes, @createdAt, @updatedAt)`,
  ).run(client);
}

export function findClient(db: Db, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row && toClient(row);
}

/** Newest first. Matches anywhere in "first last", case-insensitively for Latin letters. */
export function listClients(db: Db, query: string, limit: number): ClientSummary[] {
  const rows = query
    ? db
        .prepare(
          `SELECT ${summaryColumns} FROM clients
           WHERE (first_name || ' ' || last_name) LIKE @pattern ESCAPE '\\'
           ORDER BY created_at DESC, rowid DESC LIMIT @limit`,
        )
        .all({ pattern: `%${escapeLike(query)}%`, limit })
    : db
        .prepare(
          `SELECT ${summaryColumns} FROM clients ORDER BY created_at DESC, rowid DESC LIMIT ?`,
        )
        .all(limit);
  return (rows as ClientRow[]).map(toSummary);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function toFields(row: ClientRow): ClientFields {
  return {
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    occupation: row.occupation,
    notes: row.notes,
  };
}

function toClient(row: ClientRow): Client {
  return { id: row.id, ...toFields(row), createdAt: row.created_at, updatedAt: row.updated_at };
}

function toSummary(row: ClientRow): ClientSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at,
  };
}
