import { z } from 'zod';
import { ownExerciseFieldsSchema } from '../../shared/channels/exercises';
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentBodySchema,
  type AssessmentBody,
} from '../../shared/domain/clinical/assessment-schema';
import { RULES_VERSION } from '../../shared/domain/clinical/rules-version';
import { summaryColumns } from '../../shared/domain/clinical/score-assessment';
import { dosageSchema, findExercise } from '../../shared/domain/exercises';
import { AppError } from '../../shared/errors';
import type { ClientRecord, RecordRevision } from './record-format';
import { notARecord, plainRecordIssue, recordValidationError } from './record-issues';
import { rulesVersionStanding } from './record-values';

/**
 * The assessment body schema for each body version Stance can read. A new body version adds its
 * schema here, beside the migration that converts stored bodies to it.
 */
const assessmentBodySchemas: ReadonlyMap<number, z.ZodType<AssessmentBody>> = new Map([
  [ASSESSMENT_SCHEMA_VERSION, assessmentBodySchema],
]);

/** Highest score on each disability scale: ODI in percent, RMDQ in items ticked. */
const disabilityMaximum = { odi: 100, 'modified-odi': 100, rmdq: 24 } as const;

type Issues = z.core.$ZodIssue[];

/**
 * The JSON inside the file checked by the same rules the app applies when it saves: each
 * assessment body by the schema of its body version, each program dosage by the dosage schema,
 * each exercise of the practitioner's own by the exercise form's rules. The file format alone
 * only says these are JSON, and a hand-edited value would otherwise go into the records and break
 * the form, the report or the handout later. The scores stored beside a body must be the ones its
 * answers give, or the client list and the charts would show numbers the report does not.
 */
export function checkRecordContents(record: ClientRecord): void {
  const issues: Issues = [];
  const check = <T>(schema: z.ZodType<T>, value: unknown, at: PropertyKey[]): T | undefined => {
    const parsed = schema.safeParse(value, { error: plainRecordIssue });
    if (parsed.success) return parsed.data;
    issues.push(
      ...parsed.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
    );
    return undefined;
  };

  record.assessments.forEach((assessment, a) => {
    assessment.revisions.forEach((revision, r) => {
      const at = ['assessments', a, 'revisions', r];
      const schema = assessmentBodySchemas.get(revision.bodyVersion);
      if (!schema) {
        throw notARecord(
          `Assessment ${a + 1}, revision ${r + 1} is written in a form (version ` +
            `${revision.bodyVersion}) that this version of Stance does not know.`,
        );
      }
      const body = check(schema, revision.body, [...at, 'body']);
      checkScores(revision, body, at, issues);
    });
  });
  record.programs.forEach((program, p) => {
    program.items.forEach((item, i) => {
      check(dosageSchema, item.dosage, ['programs', p, 'items', i, 'dosage']);
    });
  });
  record.exercises.forEach((exercise, e) => {
    const at = ['exercises', e];
    if (findExercise(exercise.id)) {
      issue(issues, [...at, 'id'], 'is the id of one of the exercises built into Stance');
    }
    const body = check(ownExerciseFieldsSchema, exercise.body, [...at, 'body']);
    if (body && (body.name !== exercise.name || body.phase !== exercise.phase)) {
      issue(issues, [...at, 'name'], 'does not match the name and phase in its contents');
    }
  });

  if (issues.length > 0) throw recordValidationError(new z.ZodError(issues));
}

function issue(issues: Issues, path: PropertyKey[], message: string): void {
  issues.push({ code: 'custom', path, message, input: undefined });
}

/**
 * Scored with today's rules, the stored numbers must be exactly what the answers give; scored
 * with earlier rules, they are checked for sense only (the old rules may have scored differently).
 */
function checkScores(
  revision: RecordRevision,
  body: AssessmentBody | undefined,
  at: PropertyKey[],
  issues: Issues,
): void {
  const standing = rulesVersionStanding(revision.rulesVersion, RULES_VERSION);
  if (standing === 'later') {
    throw new AppError(
      'invalid-input',
      'This client record was scored by a newer version of Stance. Install the latest Stance ' +
        'to import it. Nothing was imported.',
    );
  }
  if (standing === 'unknown') {
    issue(issues, [...at, 'rulesVersion'], "is not a version of Stance's scoring rules");
    return;
  }
  const { disabilityScore: score, disabilityInstrument: instrument } = revision;
  if ((score === null) !== (instrument === null)) {
    issue(issues, [...at, 'disabilityScore'], 'does not say which questionnaire it is from');
  } else if (score !== null && instrument !== null && score > disabilityMaximum[instrument]) {
    issue(issues, [...at, 'disabilityScore'], 'is higher than its questionnaire allows');
  }
  if (standing !== 'current' || !body) return;
  const expected = summaryColumns(body);
  for (const column of [
    'painNow',
    'disabilityScore',
    'disabilityInstrument',
    'fpiLeft',
    'fpiRight',
  ] as const) {
    if (expected[column] !== revision[column]) {
      issue(issues, [...at, column], 'does not match the answers recorded in the assessment');
    }
  }
}
