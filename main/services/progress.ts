import type { AssessmentSummaryColumns } from '../../shared/domain/assessments';
import { visitValues, type ProgressVisit, type VisitPhoto } from '../../shared/domain/progress';
import { landmarkSetSchema, photoViewIds, type PhotoView } from '../../shared/domain/photo-views';
import {
  listProgressPhotos,
  listProgressRows,
  type ProgressPhotoRow,
} from '../db/repositories/progress';
import type { Session } from '../session';
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
  { db, stores }: Session,
  clientId: string,
): Promise<ProgressVisit[]> {
  await requireClient(stores, clientId);
  const photos = new Map<string, VisitPhoto[]>();
  for (const row of listProgressPhotos(db, clientId)) {
    const photo = toVisitPhoto(row);
    if (!photo) continue;
    const list = photos.get(row.assessmentId) ?? [];
    list.push(photo);
    photos.set(row.assessmentId, list);
  }
  return listProgressRows(db, clientId).map(({ body, ...row }) =>
    progressVisit(row, row, JSON.parse(body) as unknown, photos.get(row.assessmentId) ?? []),
  );
}
