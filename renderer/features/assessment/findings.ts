/** Posture findings are a list in the document; the form addresses them by checkpoint and side. */
import type {
  AssessmentBody,
  CheckpointFinding,
  CheckpointSlot,
} from '../../../shared/domain/clinical';

export type SlotSide = CheckpointSlot['side'];

export const slotKey = (checkpointId: string, side: SlotSide) =>
  `${checkpointId}|${side ?? 'midline'}`;

export function findingFor(
  findings: readonly CheckpointFinding[] | null | undefined,
  checkpointId: string,
  side: SlotSide,
): CheckpointFinding | undefined {
  return findings?.find(
    (finding) => finding.checkpointId === checkpointId && finding.side === side,
  );
}

export function findingIndex(
  findings: readonly CheckpointFinding[] | null | undefined,
  checkpointId: string,
  side: SlotSide,
): number {
  return (
    findings?.findIndex(
      (finding) => finding.checkpointId === checkpointId && finding.side === side,
    ) ?? -1
  );
}

/** Replaces, adds or (with null) removes the finding for one slot. */
export function withFinding(
  body: AssessmentBody,
  checkpointId: string,
  side: SlotSide,
  next: CheckpointFinding | null,
): AssessmentBody {
  const findings = body.checkpointFindings ?? [];
  const index = findingIndex(findings, checkpointId, side);
  let updated: CheckpointFinding[];
  if (index === -1) updated = next ? [...findings, next] : [...findings];
  else if (next) updated = findings.map((finding, at) => (at === index ? next : finding));
  else updated = findings.filter((_, at) => at !== index);
  const copy = { ...body };
  if (updated.length === 0) delete copy.checkpointFindings;
  else copy.checkpointFindings = updated;
  return copy;
}

/** What a grading choice looks like as a radio value: "not-assessed", "none" or "mild:valgus". */
export type GradeValue = string;
export const NOT_ASSESSED = 'not-assessed';

export function gradeValueOf(finding: CheckpointFinding | undefined): GradeValue {
  if (!finding || finding.severity === null) return NOT_ASSESSED;
  if (finding.severity === 'none') return 'none';
  return `${finding.severity}:${finding.deviation ?? ''}`;
}

/** The finding a grading choice leaves, keeping a measured angle; null when nothing is left. */
export function findingWithGrade(
  current: CheckpointFinding | undefined,
  checkpointId: CheckpointFinding['checkpointId'],
  side: SlotSide,
  value: GradeValue,
): CheckpointFinding | null {
  const measured = current?.valueDeg ?? null;
  const note = current?.note ?? null;
  const keep = {
    ...(measured === null ? {} : { valueDeg: measured }),
    ...(note === null ? {} : { note }),
  };
  if (value === NOT_ASSESSED) {
    return measured === null && note === null
      ? null
      : { checkpointId, side, severity: null, deviation: null, ...keep };
  }
  if (value === 'none') return { checkpointId, side, severity: 'none', deviation: null, ...keep };
  const [severity, deviation] = value.split(':') as ['mild' | 'marked', string];
  return {
    checkpointId,
    side,
    severity,
    deviation: (deviation || null) as CheckpointFinding['deviation'],
    ...keep,
  };
}

export function findingWithValue(
  current: CheckpointFinding | undefined,
  checkpointId: CheckpointFinding['checkpointId'],
  side: SlotSide,
  valueDeg: number | null,
): CheckpointFinding | null {
  const base = current ?? { checkpointId, side, severity: null, deviation: null };
  const next: CheckpointFinding = { ...base };
  if (valueDeg === null) delete next.valueDeg;
  else next.valueDeg = valueDeg;
  const isEmpty = next.severity === null && next.valueDeg === undefined && !next.note;
  return isEmpty ? null : next;
}

/** The finding with its note replaced; an emptied note is removed, and so is a finding left empty. */
export function findingWithNote(
  current: CheckpointFinding | undefined,
  checkpointId: CheckpointFinding['checkpointId'],
  side: SlotSide,
  note: string,
): CheckpointFinding | null {
  const base = current ?? { checkpointId, side, severity: null, deviation: null };
  const next: CheckpointFinding = { ...base };
  if (note === '') delete next.note;
  else next.note = note;
  const isEmpty = next.severity === null && typeof next.valueDeg !== 'number' && !next.note;
  return isEmpty ? null : next;
}
