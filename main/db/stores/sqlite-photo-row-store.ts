import type { Db } from '../connection';
import {
  deletePhoto,
  findPhoto,
  insertPhoto,
  listPhotosOfRevision,
  photoThumbnail,
  updatePhotoLandmarks,
  updatePhotoView,
} from '../repositories/photos';
import { answered, type Run } from './answered';
import type { PhotoRowStore } from './photo-row-store';

/** The embedded file's photo rows behind the engine-neutral contract. */
export function sqlitePhotoRowStore(db: Db, run: Run = answered): PhotoRowStore {
  return {
    insert: (row, thumbnail) => run(() => insertPhoto(db, row, thumbnail)),
    find: (id) => run(() => findPhoto(db, id)),
    listOfRevision: (assessmentId, revision) =>
      run(() => listPhotosOfRevision(db, assessmentId, revision)),
    thumbnail: (id) => run(() => photoThumbnail(db, id)),
    setView: (id, view) => run(() => updatePhotoView(db, id, view)),
    setLandmarks: (id, landmarks) => run(() => updatePhotoLandmarks(db, id, landmarks)),
    delete: (id) => run(() => deletePhoto(db, id)),
  };
}
