/**
 * The studio's audit trail as the owner reads it: who finalized, amended, erased or exported which
 * client's records, who brought records in (moved from her own computer, or imported from a
 * record file), and when. The server writes it (studio migrations 3, 7 and 11); Stance only reads
 * it.
 */

export const auditActions = ['finalize', 'amend', 'erase', 'export', 'move', 'import'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEvent {
  /** Grows with every event; a page asks for events older than the last one it showed. */
  readonly id: number;
  /** When the server wrote it (ISO timestamp). */
  readonly happenedAt: string;
  /** The practitioner's sign-in name on the studio server. */
  readonly actor: string;
  readonly action: AuditAction;
  readonly clientId: string;
  /** "Ana Diaz"; null once the client has been erased, as her name went with her record. */
  readonly clientName: string | null;
  readonly assessmentId: string | null;
  /** The day the assessment was of (YYYY-MM-DD); null when none is named or it was erased. */
  readonly assessedOn: string | null;
  readonly revision: number | null;
}

export interface AuditTrailPage {
  /** Whom the saved connection signs in as, shown so the owner knows whose view this is. */
  readonly signedInAs: string;
  /** Newest first. */
  readonly events: readonly AuditEvent[];
  /** Everyone who appears in the trail, by sign-in name, for the practitioner filter. */
  readonly practitioners: readonly string[];
  /** Ask with `before` set to this for the next, older page; null when there is none. */
  readonly olderThan: number | null;
}

/**
 * One event in words: "Finalized Ana Diaz’s assessment of Mar 3, 2026, revision 2". Dates are
 * formatted by the caller, in the reader's own style.
 */
export function auditEventSentence(event: AuditEvent, formatDay: (day: string) => string): string {
  const whose = `${event.clientName ?? 'an erased client'}’s`;
  const assessment =
    event.assessedOn === null
      ? `${whose} assessment`
      : `${whose} assessment of ${formatDay(event.assessedOn)}`;
  const revised =
    event.revision !== null && event.revision > 1
      ? `${assessment}, revision ${event.revision}`
      : assessment;
  // Only a finalized revision, or an amendment, is logged when it arrives by a move or import.
  const signedOffBefore =
    event.revision !== null && event.revision > 1
      ? `${revised}, amended`
      : `${assessment}, finalized`;
  switch (event.action) {
    case 'finalize':
      return `Finalized ${revised}`;
    case 'amend':
      return `Began amending ${assessment}${event.revision === null ? '' : ` (revision ${event.revision})`}`;
    case 'erase':
      return event.clientName === null
        ? 'Erased a client’s whole record (the name went with it)'
        : `Erased ${whose} whole record`;
    case 'export':
      return `Exported ${whose} record to a file`;
    case 'move':
      return event.assessmentId === null
        ? `Moved ${whose} record in from the practitioner’s own computer`
        : `Moved in ${signedOffBefore} before the move`;
    case 'import':
      return event.assessmentId === null
        ? `Imported ${whose} record from a client record file`
        : `Imported ${signedOffBefore} before the import`;
  }
}
