/** A studio server's stores; a transaction runs them all on one connection. */
import type { Pool, PoolClient } from 'pg';
import { nestedTransactionRefused, type Stores } from '../stores/stores';
import { studioAssessmentStore } from './assessment-store';
import { studioClientErasure } from './client-erasure';
import { studioClientStore } from './client-store';
import { studioExercisePhotoStore, studioExerciseStore } from './exercise-store';
import { studioClipRowStore } from './clip-row-store';
import { studioFileStore } from './file-store';
import { studioPhotoRowStore } from './photo-row-store';
import { studioProgramStore, studioSettingsStore } from './program-store';
import { studioProgressStore } from './progress-store';
import { studioClientRecordStore } from './record-store';
import { studioRevisionFileStore } from './revision-file-store';
import { inTransaction, type Queryable } from './transaction';

export function studioStores(pool: Pool): Stores {
  return {
    ...storesOn(pool),
    transaction: (work) => inTransaction(pool, (client) => work(inside(client))),
  };
}

function inside(client: PoolClient): Stores {
  return {
    ...storesOn(client),
    transaction: nestedTransactionRefused,
  };
}

function storesOn(db: Queryable): Omit<Stores, 'transaction'> {
  return {
    clients: studioClientStore(db),
    erasure: studioClientErasure(db),
    assessments: studioAssessmentStore(db),
    programs: studioProgramStore(db),
    settings: studioSettingsStore(db),
    progress: studioProgressStore(db),
    revisionFiles: studioRevisionFileStore(db),
    files: studioFileStore(db),
    photos: studioPhotoRowStore(db),
    clips: studioClipRowStore(db),
    exercises: studioExerciseStore(db),
    exercisePhotos: studioExercisePhotoStore(db),
    clientRecords: studioClientRecordStore(db),
  };
}
