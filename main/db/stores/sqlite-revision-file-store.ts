import { randomUUID } from 'node:crypto';
import { removeUnreferencedPhotos } from '../../photos/photos';
import type { PhotoStore } from '../../photos/store';
import type { Db } from '../connection';
import { hashesOwnedBy } from '../file-references';
import { clipHashesOfRevision, copyRevisionClips } from '../repositories/clips';
import { copyRevisionPhotos, hashesOfRevision } from '../repositories/photos';
import type { Run } from './answered';
import type { RevisionFileStore } from './revision-file-store';

/** The embedded file's photo and clip rows; the files themselves are in the photos folder. */
export function sqliteRevisionFileStore(db: Db, files: PhotoStore, run: Run): RevisionFileStore {
  return {
    copy: (assessmentId, from, to) =>
      run(() => {
        copyRevisionPhotos(db, assessmentId, from, to, randomUUID);
        copyRevisionClips(db, assessmentId, from, to, randomUUID);
      }),
    hashesOf: (assessmentId, revision) =>
      run(() => [
        ...hashesOfRevision(db, assessmentId, revision),
        ...clipHashesOfRevision(db, assessmentId, revision),
      ]),
    ownedBy: (owner) => run(() => hashesOwnedBy(db, owner)),
    removeUnreferenced: (hashes) => run(() => removeUnreferencedPhotos(db, files, hashes)),
  };
}
