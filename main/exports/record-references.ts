import { findExercise } from '../../shared/domain/exercises';
import type { ClientRecord, RecordAssessment } from './record-format';
import { notARecord } from './record-issues';

/**
 * The file must hang together as the app itself would have left it: unique ids, every reference
 * pointing inside the file or at a built-in exercise, and each assessment's revisions a history
 * the app could have made (finalized ones, then at most one draft on top). Anything else would be
 * accepted now and fail later, for instance an amendment that can never be made.
 */
export function checkReferences(record: ClientRecord): void {
  const ids = [...record.assessments, ...record.programs, ...record.photos, ...record.clips].map(
    (row) => row.id,
  );
  if (new Set(ids).size !== ids.length) throw notARecord('Some of its entries share the same id.');
  const exerciseIds = new Set(record.exercises.map((exercise) => exercise.id));
  if (exerciseIds.size !== record.exercises.length)
    throw notARecord('Two of its exercises share the same id.');

  record.assessments.forEach((assessment, index) => checkHistory(assessment, index + 1));

  const assessmentIds = new Set(record.assessments.map((a) => a.id));
  const revisionsOf = new Map(
    record.assessments.map((a) => [a.id, new Set(a.revisions.map((r) => r.revision))]),
  );
  record.photos.forEach((photo, index) => {
    if (!assessmentIds.has(photo.assessmentId))
      throw notARecord(`Photo ${index + 1} belongs to an assessment that is not in the file.`);
    if (photo.revision !== undefined && !revisionsOf.get(photo.assessmentId)?.has(photo.revision))
      throw notARecord(`Photo ${index + 1} belongs to a revision that is not in the file.`);
  });
  record.clips.forEach((clip, index) => {
    if (!revisionsOf.get(clip.assessmentId)?.has(clip.revision))
      throw notARecord(`Clip ${index + 1} belongs to an assessment that is not in the file.`);
  });
  record.programs.forEach((program, index) => {
    const name = `Program ${index + 1}`;
    if (program.assessmentId !== null && !assessmentIds.has(program.assessmentId))
      throw notARecord(`${name} belongs to an assessment that is not in the file.`);
    const positions = program.items.map((item) => item.position).sort((a, b) => a - b);
    if (positions.some((position, place) => position !== place))
      throw notARecord(`${name} does not list its exercises one after another.`);
    program.items.forEach((item, place) => {
      if (!findExercise(item.exerciseId) && !exerciseIds.has(item.exerciseId))
        throw notARecord(
          `${name}, exercise ${place + 1} is neither built into Stance nor included in the file.`,
        );
    });
  });
}

function checkHistory(assessment: RecordAssessment, number: number): void {
  const broken = (why: string) =>
    notARecord(`The revisions of assessment ${number} do not fit together: ${why}.`);
  const { revisions } = assessment;
  revisions.forEach((revision, index) => {
    if (revision.revision !== index + 1) throw broken('they are not numbered 1, 2, 3 in order');
    const last = index === revisions.length - 1;
    if (!last && revision.status !== 'final')
      throw broken(`revision ${revision.revision} is a draft with another revision after it`);
    if ((revision.status === 'final') !== (revision.finalizedAt !== null))
      throw broken(`revision ${revision.revision} does not say consistently whether it is final`);
    if ((index === 0) !== (revision.amendmentReason.trim() === ''))
      throw broken(
        index === 0
          ? 'the first revision gives a reason for an amendment'
          : `revision ${revision.revision} does not say why it was amended`,
      );
  });
  const current = revisions[revisions.length - 1];
  if (!current || assessment.currentRevision !== current.revision)
    throw broken('the current revision is not the latest one');
  if (assessment.assessedOn !== current.assessedOn)
    throw broken('the assessment date differs from the date of its current revision');
}
