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

export interface AssessmentRevision<Body = unknown> extends AssessmentRevisionInfo {
  assessmentId: string;
  clientId: string;
  bodyVersion: number;
  body: Body;
}

/** One row of a client's history: the current revision of each assessment. */
export interface AssessmentListItem extends AssessmentRevisionInfo {
  assessmentId: string;
  revisionCount: number;
}
