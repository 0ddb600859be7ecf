import { z } from 'zod';
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentBodySchema,
} from '../../shared/domain/clinical/assessment-schema';
import { dosageSchema } from '../../shared/domain/exercises';
import type { ClientRecord } from './record-format';
import { notARecord, plainRecordIssue, recordValidationError } from './record-issues';

/**
 * The assessment body schema for each body version Stance can read. A new body version adds its
 * schema here, beside the migration that converts stored bodies to it.
 */
const assessmentBodySchemas: ReadonlyMap<number, z.ZodType> = new Map([
  [ASSESSMENT_SCHEMA_VERSION, assessmentBodySchema],
]);

/**
 * The JSON inside the file checked by the same rules the app applies when it saves: each
 * assessment body by the schema of its body version, each program dosage by the dosage schema.
 * The file format alone only says these are JSON, and a hand-edited value would otherwise go
 * into the records and break the form, the report or the handout later.
 */
export function checkRecordContents(record: ClientRecord): void {
  const issues: z.core.$ZodIssue[] = [];
  const check = (schema: z.ZodType, value: unknown, at: PropertyKey[]) => {
    const parsed = schema.safeParse(value, { error: plainRecordIssue });
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
      );
    }
  };

  record.assessments.forEach((assessment, a) => {
    assessment.revisions.forEach((revision, r) => {
      const schema = assessmentBodySchemas.get(revision.bodyVersion);
      if (!schema) {
        throw notARecord(
          `Assessment ${a + 1}, revision ${r + 1} is written in a form (version ` +
            `${revision.bodyVersion}) that this version of Stance does not know.`,
        );
      }
      check(schema, revision.body, ['assessments', a, 'revisions', r, 'body']);
    });
  });
  record.programs.forEach((program, p) => {
    program.items.forEach((item, i) => {
      check(dosageSchema, item.dosage, ['programs', p, 'items', i, 'dosage']);
    });
  });

  if (issues.length > 0) throw recordValidationError(new z.ZodError(issues));
}
