import { createClients } from './001-clients';
import { clientSearchAndArchive } from './002-client-search-and-archive';
import { assessments } from './003-assessments';
import { photos } from './004-photos';
import { programsAndSettings } from './005-programs-and-settings';
import { exercisePhotos } from './006-exercise-photos';
import { reserved7 } from './007-reserved';
import { revisionPhotos } from './008-revision-photos';
import type { Migration } from './types';

/** Every schema step in order. Append only: a shipped migration is never edited or removed. */
export const migrations: readonly Migration[] = [
  createClients,
  clientSearchAndArchive,
  assessments,
  photos,
  programsAndSettings,
  exercisePhotos,
  reserved7,
  revisionPhotos,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
