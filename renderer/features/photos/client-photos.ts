/**
 * A client's photos across assessments, and which of them can be compared: the same view in two
 * assessments. Loading asks for every assessment's photos at once; the choosing is pure.
 */
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { photoViews, type PhotoView } from '../../../shared/domain/photo-views';
import type { AppErrorShape, Result } from '../../../shared/errors';
import { invoke } from '../../api';

export interface AssessmentWithPhotos {
  readonly assessment: AssessmentListItem;
  /** Oldest first, as main lists them. */
  readonly photos: readonly PhotoInfo[];
}

/** Every assessment with its photos, oldest assessment first. */
export async function loadClientPhotos(
  assessments: readonly AssessmentListItem[],
): Promise<Result<AssessmentWithPhotos[]>> {
  const oldestFirst = [...assessments].sort((a, b) =>
    a.assessedOn === b.assessedOn
      ? a.createdAt.localeCompare(b.createdAt)
      : a.assessedOn.localeCompare(b.assessedOn),
  );
  const results = await Promise.all(
    oldestFirst.map((assessment) =>
      invoke('photos:listForAssessment', { assessmentId: assessment.assessmentId }),
    ),
  );
  const entries: AssessmentWithPhotos[] = [];
  for (const [index, result] of results.entries()) {
    if (!result.ok) return failed(result.error);
    entries.push({ assessment: oldestFirst[index]!, photos: result.value });
  }
  return { ok: true, value: entries };
}

const failed = (error: AppErrorShape): Result<never> => ({ ok: false, error });

/** How many assessments have at least one photo. */
export function assessmentsWithPhotos(entries: readonly AssessmentWithPhotos[]): number {
  return entries.filter((entry) => entry.photos.length > 0).length;
}

/** The photo of the view in that assessment: the one added last, as a retake replaces a first try. */
export function photoOfView(entry: AssessmentWithPhotos, view: PhotoView): PhotoInfo | null {
  return entry.photos.findLast((photo) => photo.view === view) ?? null;
}

/** The assessments (oldest first) that have a photo of the view. */
export function assessmentsWithView(
  entries: readonly AssessmentWithPhotos[],
  view: PhotoView,
): AssessmentWithPhotos[] {
  return entries.filter((entry) => photoOfView(entry, view) !== null);
}

/** Views photographed in at least two assessments, in the usual order. */
export function comparableViews(entries: readonly AssessmentWithPhotos[]): PhotoView[] {
  return photoViews
    .map((view) => view.id)
    .filter((view) => assessmentsWithView(entries, view).length >= 2);
}
