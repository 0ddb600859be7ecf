/** Storage-level shapes of an assessment; the clinical content of `body` is defined in ./clinical. */

export type AssessmentStatus = 'draft' | 'final';

/** The columns lists and charts query, computed from the body whenever it is saved. */
export interface AssessmentSummaryColumns {
  painNow: number | null;
  disabilityScore: number | null;
  disabilityInstrument: string | null;
  fpiLeft: number | null;
  fpiRight: number | null;
}

export interface AssessmentRevisionInfo extends AssessmentSummaryColumns {
  revision: number;
  status: AssessmentStatus;
  assessedOn: string;
  rulesVersion: string;
  amendmentReason: string;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
}

/**
 * One line of an assessment's history. On a studio server the server itself records who started
 * and who finalized each revision (from the role she signed in as); the embedded file has one
 * practitioner and no names, so both are null there.
 */
export interface AssessmentHistoryEntry extends AssessmentRevisionInfo {
  createdBy: string | null;
  finalizedBy: string | null;
}

/**
 * What a finalized revision keeps of the client, as it was when finalized: its report prints
 * these (and the age from this date of birth) however her details change later.
 */
export interface ClientSnapshot {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

export interface AssessmentRevision<Body = unknown> extends AssessmentRevisionInfo {
  assessmentId: string;
  clientId: string;
  bodyVersion: number;
  body: Body;
  /** Set when the revision is finalized; null while it is a draft. */
  clientSnapshot: ClientSnapshot | null;
}

/** One row of a client's history: the current revision of each assessment. */
export interface AssessmentListItem extends AssessmentRevisionInfo {
  assessmentId: string;
  revisionCount: number;
  /** Photos of the current revision, so the client page need not list them to offer a comparison. */
  photoCount: number;
}
