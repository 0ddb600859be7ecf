/**
 * The same view's photo from the client's previous visit: the newest assessment dated before this
 * one that has a photo of the view (its last photo of it, as a retake replaces a first try).
 */
import type { Assessment } from '../../../../shared/channels/assessments';
import type { PhotoInfo } from '../../../../shared/channels/photos';
import type { PhotoView } from '../../../../shared/domain/photo-views';
import { invoke } from '../../../api';

export interface EarlierPhoto {
  readonly photo: PhotoInfo;
  readonly assessedOn: string;
}

export async function earlierPhotoOfView(
  assessment: Assessment,
  view: PhotoView,
): Promise<EarlierPhoto | null> {
  const listed = await invoke('assessments:listForClient', { clientId: assessment.clientId });
  if (!listed.ok) return null;
  const before = listed.value.filter(
    (item) =>
      item.assessmentId !== assessment.assessmentId &&
      (item.assessedOn < assessment.assessedOn ||
        (item.assessedOn === assessment.assessedOn && item.createdAt < assessment.createdAt)),
  );
  const newestFirst = before.sort((a, b) =>
    a.assessedOn === b.assessedOn
      ? b.createdAt.localeCompare(a.createdAt)
      : b.assessedOn.localeCompare(a.assessedOn),
  );
  // One visit at a time, newest first: the answer is nearly always the first one asked.
  for (const item of newestFirst) {
    const photos = await invoke('photos:listForAssessment', { assessmentId: item.assessmentId });
    const photo = photos.ok ? photos.value.findLast((each) => each.view === view) : undefined;
    if (photo) return { photo, assessedOn: item.assessedOn };
  }
  return null;
}
