/**
 * Assessment revisions as both engines return them, and what the services get. SQLite hands JSON
 * columns back as text, PostgreSQL (jsonb) as values, so each store says how to read them.
 */
import type {
  AssessmentRevision,
  AssessmentRevisionInfo,
  AssessmentStatus,
  AssessmentSummaryColumns,
  ClientSnapshot,
} from '../../../shared/domain/assessments';
import type { RecordChange } from './record-change';

/** One row of assessment_revisions; JSON columns as text (SQLite) or as values (PostgreSQL). */
export interface AssessmentRevisionRow {
  assessment_id: string;
  revision: number;
  status: AssessmentStatus;
  assessed_on: string;
  body: unknown;
  body_version: number;
  rules_version: string;
  pain_now: number | null;
  disability_score: number | null;
  disability_instrument: string | null;
  fpi_left: number | null;
  fpi_right: number | null;
  amendment_reason: string;
  created_at: string;
  updated_at: string;
  finalized_at: string | null;
  client_snapshot: unknown;
}

/** A revision with its client, as `revisionColumns` selects it. */
export type RevisionRow = AssessmentRevisionRow & { client_id: string };

/** The last save of a revision: when, and on a studio server who (SQLite has one practitioner). */
export type RevisionChange = RecordChange;

/** Everything a save writes into one revision row. */
export interface RevisionContent {
  assessedOn: string;
  body: unknown;
  bodyVersion: number;
  rulesVersion: string;
  summary: AssessmentSummaryColumns;
}

/** A revision's content as the columns a save writes; the body as JSON text, which both take. */
export function flatten(content: RevisionContent) {
  return {
    assessedOn: content.assessedOn,
    body: JSON.stringify(content.body),
    bodyVersion: content.bodyVersion,
    rulesVersion: content.rulesVersion,
    ...content.summary,
  };
}

export function toInfo(row: RevisionRow): AssessmentRevisionInfo {
  return {
    revision: row.revision,
    status: row.status,
    assessedOn: row.assessed_on,
    rulesVersion: row.rules_version,
    amendmentReason: row.amendment_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finalizedAt: row.finalized_at,
    painNow: row.pain_now,
    disabilityScore: row.disability_score,
    disabilityInstrument: row.disability_instrument,
    fpiLeft: row.fpi_left,
    fpiRight: row.fpi_right,
  };
}

/** How one engine hands back a JSON column. */
export type JsonColumn = (value: unknown) => unknown;

/** SQLite stores JSON as text. */
export const fromJsonText: JsonColumn = (value) => JSON.parse(value as string) as unknown;

export function toRevision(row: RevisionRow, json: JsonColumn): AssessmentRevision {
  return {
    ...toInfo(row),
    assessmentId: row.assessment_id,
    clientId: row.client_id,
    bodyVersion: row.body_version,
    body: json(row.body),
    clientSnapshot: snapshotOf(row, json),
  };
}

export function snapshotOf(row: RevisionRow, json: JsonColumn): ClientSnapshot | null {
  return row.client_snapshot === null ? null : (json(row.client_snapshot) as ClientSnapshot);
}
