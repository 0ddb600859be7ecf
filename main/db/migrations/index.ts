import { createClients } from './001-clients';
import { clientSearchAndArchive } from './002-client-search-and-archive';
import { assessments } from './003-assessments';
import { photos } from './004-photos';
import { programsAndSettings } from './005-programs-and-settings';
import { exercisePhotos } from './006-exercise-photos';
import { revisionPhotos } from './007-revision-photos';
import { movementClips } from './008-movement-clips';
import { nameSearchIndex } from './009-name-search-index';
import type { Migration } from './types';

/** Every schema step in order. Append only: a shipped migration is never edited or removed. */
export const migrations: readonly Migration[] = [
  createClients,
  clientSearchAndArchive,
  assessments,
  photos,
  programsAndSettings,
  exercisePhotos,
  revisionPhotos,
  movementClips,
  nameSearchIndex,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
