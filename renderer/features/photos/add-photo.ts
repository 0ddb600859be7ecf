/** One photo from the renderer to main: the single path that files, drops and the camera share. */
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { PhotoView } from '../../../shared/domain/photo-views';
import type { Result } from '../../../shared/errors';
import { invoke } from '../../api';
import { MAX_IMAGE_FILE_BYTES, readFileAsBase64 } from '../../lib/read-file';

export interface PhotoToAdd {
  /** Only for messages; main names the stored photo by its content. */
  readonly name: string;
  readonly data: Blob;
  readonly view: PhotoView;
}

const refused = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'invalid-input', message },
});

export async function addPhoto(
  assessmentId: string,
  photo: PhotoToAdd,
): Promise<Result<PhotoInfo>> {
  const name = photo.name.trim() ? `“${photo.name.trim().slice(0, 80)}”` : 'This photo';
  // Checked here so a huge file is not read and encoded only to be turned away.
  if (photo.data.size > MAX_IMAGE_FILE_BYTES)
    return refused(
      `${name} is larger than 30 MB. Use a smaller copy, such as one exported or shared from the phone.`,
    );
  if (photo.data.size === 0) return refused(`${name} is empty.`);
  const dataBase64 = await readFileAsBase64(photo.data);
  if (dataBase64 === null)
    return refused(
      `${name} could not be read. It may have been moved or deleted; choose it again.`,
    );
  return invoke('photos:add', {
    assessmentId,
    view: photo.view,
    fileName: photo.name.slice(0, 260),
    dataBase64,
  });
}
