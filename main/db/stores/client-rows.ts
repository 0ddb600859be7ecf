/** The clients table's columns as both engines return them, and what the services get. */
import type { Client, ClientSummary } from '../../../shared/domain/clients';

export interface ClientRow {
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
  archived_at: string | null;
}

export interface SummaryRow extends Pick<
  ClientRow,
  | 'id'
  | 'first_name'
  | 'last_name'
  | 'date_of_birth'
  | 'email'
  | 'phone'
  | 'created_at'
  | 'archived_at'
> {
  last_visit_on: string | null;
}

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    occupation: row.occupation,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function toSummary(row: SummaryRow): ClientSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
    lastVisitOn: row.last_visit_on,
  };
}
