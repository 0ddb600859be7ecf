import { localToday } from '../../shared/domain/dates';
import type { Stores } from '../db/stores/stores';
import { toCsv, type CsvValue } from './csv';

export const clientCsvHeader = [
  'First name',
  'Last name',
  'Date of birth',
  'Email',
  'Phone',
  'Occupation',
  'Notes',
  'Created',
  'Archived',
  'Last visit',
  'Latest pain now (0-10)',
  'Latest disability score',
  'Disability questionnaire',
] as const;

/** Every client of the records in use (this computer's file or the studio's server). */
export async function clientsCsv(
  stores: Stores,
  includeArchived: boolean,
): Promise<{ text: string; clients: number }> {
  const rows = await stores.clients.listWithLatest(includeArchived);
  const cells = rows.map((row): CsvValue[] => [
    row.first_name,
    row.last_name,
    row.date_of_birth,
    row.email,
    row.phone,
    row.occupation,
    row.notes,
    dayOf(row.created_at),
    row.archived_at === null ? null : dayOf(row.archived_at),
    row.last_visit,
    row.latest_pain,
    row.latest_disability,
    row.latest_instrument,
  ]);
  return { text: toCsv(clientCsvHeader, cells), clients: rows.length };
}

/** Timestamps are stored in UTC; the practitioner thinks in their own calendar days. */
function dayOf(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : localToday(date);
}
