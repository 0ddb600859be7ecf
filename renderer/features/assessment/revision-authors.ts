/**
 * Who started and finalized a revision, in the words the history shows. Only a studio server
 * records names; on the embedded file there is one practitioner, so there is nothing to say.
 */
import type { AssessmentHistoryEntry } from '../../../shared/domain/assessments';

type Authors = Pick<AssessmentHistoryEntry, 'createdBy' | 'finalizedBy' | 'finalizedAt'>;

export function revisionAuthors(entry: Authors, when: (iso: string) => string): string | null {
  const parts: string[] = [];
  if (entry.createdBy !== null) parts.push(`Started by ${entry.createdBy}`);
  if (entry.finalizedBy !== null) {
    const on = entry.finalizedAt === null ? '' : ` on ${when(entry.finalizedAt)}`;
    parts.push(`Finalized by ${entry.finalizedBy}${on}`);
  }
  return parts.length === 0 ? null : parts.join(' · ');
}
