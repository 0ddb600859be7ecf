import type { AssessmentSummaryColumns } from '../../shared/domain/assessments';
import { visitValues, type ProgressVisit, type VisitPhoto } from '../../shared/domain/progress';
import { landmarkSetSchema, photoViewIds, type PhotoView } from '../../shared/domain/photo-views';
import type { ProgressPhotoRow } from '../db/repositories/progress';
import type { Records } from '../db/stores/stores';
import { requireClient } from './clients';

function toVisitPhoto(row: ProgressPhotoRow): VisitPhoto | null {
  const view = photoViewIds.find((id) => id === row.view);
  const landmarks = landmarkSetSchema.safeParse(JSON.parse(row.landmarks));
  // Rows are only written through the schema; one that no longer reads adds no values.
  return view && landmarks.success ? { view, landmarks: landmarks.data } : null;
}

/** The values of one visit, from its summary columns, body and photos. */
export function progressVisit(
  visit: { assessmentId: string; assessedOn: string; status: ProgressVisit['status'] },
  summary: AssessmentSummaryColumns,
  body: unknown,
  photos: readonly { view: PhotoView; landmarks: VisitPhoto['landmarks'] }[],
): ProgressVisit {
  return {
    assessmentId: visit.assessmentId,
    assessedOn: visit.assessedOn,
    status: visit.status,
    values: visitValues(summary, body, photos),
  };
}

/** Every assessment of the client at its current revision, oldest first, as chart values. */
export async function clientProgress(
  { stores }: Records,
  clientId: string,
): Promise<ProgressVisit[]> {
  await requireClient(stores, clientId);
  const [visits, photoRows] = await Promise.all([
    stores.progress.visits(clientId),
    stores.progress.photos(clientId),
  ]);
  const photos = new Map<string, VisitPhoto[]>();
  for (const row of photoRows) {
    const photo = toVisitPhoto(row);
    if (!photo) continue;
    const list = photos.get(row.assessmentId) ?? [];
    list.push(photo);
    photos.set(row.assessmentId, list);
  }
  return visits.map(({ body, ...row }) =>
    progressVisit(row, row, JSON.parse(body) as unknown, photos.get(row.assessmentId) ?? []),
  );
}
