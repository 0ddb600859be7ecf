/** "Compare photos" on the client page, shown once two or more assessments have photos. */
import { Link } from 'wouter';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { useLoad } from '../../hooks/useLoad';
import { assessmentsWithPhotos, loadClientPhotos } from './client-photos';

export function CompareLink({
  clientId,
  assessments,
}: {
  clientId: string;
  assessments: readonly AssessmentListItem[];
}) {
  const key = assessments.map((item) => `${item.assessmentId}@${item.updatedAt}`).join(',');
  const { load } = useLoad(key, () => loadClientPhotos(assessments));
  // Without the count the link stays hidden; the page itself explains any failure.
  const withPhotos = load.status === 'ready' ? assessmentsWithPhotos(load.value) : 0;
  if (assessments.length < 2 || withPhotos < 2) return null;
  return (
    <Link href={`/clients/${clientId}/compare`} className="button">
      Compare photos
    </Link>
  );
}
