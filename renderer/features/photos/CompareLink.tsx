/** "Compare photos" on the client page, shown once two or more assessments have photos. */
import { Link } from 'wouter';
import type { AssessmentListItem } from '../../../shared/domain/assessments';

export function CompareLink({
  clientId,
  assessments,
}: {
  clientId: string;
  assessments: readonly AssessmentListItem[];
}) {
  const withPhotos = assessments.filter((item) => item.photoCount > 0).length;
  if (withPhotos < 2) return null;
  return (
    <Link href={`/clients/${clientId}/compare`} className="button">
      Compare photos
    </Link>
  );
}
