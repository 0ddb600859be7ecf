/** Schema for posture checkpoint findings, checked against the catalogue (side-ness, directions, angle limits). */
import { z } from 'zod';
import { CHECKPOINT_IDS, checkpointById } from './checkpoint-catalogue';
import { DEVIATIONS, SEVERITIES } from './checkpoints';
import { INPUT_LIMITS, strictGroup, text } from './schema-helpers';

export const checkpointFindingSchema = strictGroup(
  {
    checkpointId: z.enum(CHECKPOINT_IDS, { error: 'That posture checkpoint is not in the list.' }),
    /** 'left' / 'right' for left-and-right checkpoints, null for midline ones. */
    side: z.enum(['left', 'right'], { error: 'Side is left, right or empty.' }).nullable(),
    /** null = not graded (a measured value may still be given). */
    severity: z.enum(SEVERITIES, { error: 'Grade is not seen, mild or marked.' }).nullable(),
    deviation: z.enum(DEVIATIONS, { error: 'That direction is not in the list.' }).nullish(),
    valueDeg: z.number({ error: 'The measured angle must be a number of degrees.' }).nullish(),
    note: text('The note'),
  },
  'A posture finding',
);

export type CheckpointFinding = z.infer<typeof checkpointFindingSchema>;

export const checkpointFindingsSchema = z
  .array(checkpointFindingSchema)
  .max(INPUT_LIMITS.findings, { error: 'Too many posture findings.' })
  .superRefine((findings, context) => {
    const seenSlots = new Set<string>();
    findings.forEach((finding, index) => {
      for (const problem of findingProblems(finding)) {
        context.addIssue({
          code: 'custom',
          message: problem.message,
          path: [index, problem.field],
        });
      }
      const slot = `${finding.checkpointId}|${finding.side ?? 'midline'}`;
      if (seenSlots.has(slot)) {
        context.addIssue({
          code: 'custom',
          message: 'This checkpoint is recorded twice for the same side.',
          path: [index, 'checkpointId'],
        });
      }
      seenSlots.add(slot);
    });
  });

interface FindingProblem {
  readonly field: keyof CheckpointFinding;
  readonly message: string;
}

/** Checks one finding against its checkpoint's side-ness, deviations and measurement limits. */
function findingProblems(finding: CheckpointFinding): FindingProblem[] {
  const checkpoint = checkpointById(finding.checkpointId);
  if (!checkpoint) return [];
  const problems: FindingProblem[] = [];
  if (checkpoint.sideness === 'midline' && finding.side !== null) {
    problems.push({
      field: 'side',
      message: `“${checkpoint.label}” is one check for the whole body: leave the side empty.`,
    });
  }
  if (checkpoint.sideness === 'left-and-right' && finding.side === null) {
    problems.push({
      field: 'side',
      message: `“${checkpoint.label}” is recorded for each side: choose left or right.`,
    });
  }
  const deviation = finding.deviation ?? null;
  const isDeviationSeen = finding.severity === 'mild' || finding.severity === 'marked';
  if (deviation !== null && !checkpoint.deviations.some((option) => option.id === deviation)) {
    problems.push({
      field: 'deviation',
      message: `That direction does not apply to “${checkpoint.label}”.`,
    });
  } else if (deviation !== null && !isDeviationSeen) {
    problems.push({
      field: 'deviation',
      message: 'A direction is only recorded when mild or marked.',
    });
  } else if (deviation === null && isDeviationSeen && checkpoint.deviations.length > 1) {
    problems.push({ field: 'deviation', message: `Say which way for “${checkpoint.label}”.` });
  }
  const value = finding.valueDeg ?? null;
  const measurement = checkpoint.measurement;
  if (value !== null && !measurement) {
    problems.push({ field: 'valueDeg', message: `“${checkpoint.label}” has no measured angle.` });
  } else if (
    value !== null &&
    measurement &&
    (value < measurement.min || value > measurement.max)
  ) {
    problems.push({
      field: 'valueDeg',
      message: `${measurement.label} runs from ${measurement.min}° to ${measurement.max}°.`,
    });
  }
  return problems;
}
