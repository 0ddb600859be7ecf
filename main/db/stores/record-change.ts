/** The last save of a record: when, and on a studio server who (SQLite has one practitioner). */
export interface RecordChange {
  updatedAt: string;
  updatedBy: string | null;
}
