import { studioSchema } from './001-studio-schema';
import { draftVersions } from './002-draft-versions';
import { practitionersAndAudit } from './003-practitioners-and-audit';
import { prefixQuery } from './004-prefix-query';
import { auditTrailReading } from './006-audit-trail-reading';
import { movedRecords } from './007-moved-records';
import { uncompressedFiles } from './008-uncompressed-files';
import { whoSavedClientsAndPrograms } from './009-who-saved-clients-and-programs';
import { lastVisitColumn } from './010-last-visit-column';
import { importedRecords } from './011-imported-records';
import type { StudioMigration } from './types';

/** Every studio schema step in order. Append only once a studio has run it. */
export const studioMigrations: readonly StudioMigration[] = [
  studioSchema,
  draftVersions,
  practitionersAndAudit,
  prefixQuery,
  auditTrailReading,
  movedRecords,
  uncompressedFiles,
  whoSavedClientsAndPrograms,
  lastVisitColumn,
  importedRecords,
];

export const latestStudioSchemaVersion = studioMigrations.at(-1)?.version ?? 0;
