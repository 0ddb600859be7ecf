import { describe, expect, it } from 'vitest';
import {
  auditActions,
  auditEventSentence,
  type AuditAction,
  type AuditEvent,
} from '../../shared/domain/audit-trail';

const day = (iso: string) => `day ${iso}`;

function event(
  action: AuditAction,
  revision: number | null,
  clientName: string | null = 'Ada Lovelace',
): AuditEvent {
  return {
    id: 1,
    happenedAt: '2026-12-06T09:00:00.000Z',
    actor: 'sam',
    action,
    clientId: 'c1',
    clientName,
    assessmentId: revision === null ? null : 'a1',
    assessedOn: revision === null ? null : '2026-03-01',
    revision,
  };
}

describe('one audit event in plain words', () => {
  it('says a moved record came in from the practitioner’s own computer, signed off before', () => {
    expect(auditEventSentence(event('move', null), day)).toBe(
      'Moved Ada Lovelace’s record in from the practitioner’s own computer',
    );
    expect(auditEventSentence(event('move', 1), day)).toBe(
      'Moved in Ada Lovelace’s assessment of day 2026-03-01, finalized before the move',
    );
    expect(auditEventSentence(event('move', 2), day)).toBe(
      'Moved in Ada Lovelace’s assessment of day 2026-03-01, revision 2, amended before the move',
    );
  });

  it('says an imported record came from a record file, signed off before', () => {
    expect(auditEventSentence(event('import', null), day)).toBe(
      'Imported Ada Lovelace’s record from a client record file',
    );
    expect(auditEventSentence(event('import', 1), day)).toBe(
      'Imported Ada Lovelace’s assessment of day 2026-03-01, finalized before the import',
    );
    expect(auditEventSentence(event('import', 3, null), day)).toBe(
      'Imported an erased client’s assessment of day 2026-03-01, revision 3, amended before the import',
    );
  });

  it('has words for every action the server writes', () => {
    for (const action of auditActions)
      for (const revision of [null, 1, 2])
        expect(auditEventSentence(event(action, revision), day), action).toMatch(/^[A-Z]/);
  });
});
