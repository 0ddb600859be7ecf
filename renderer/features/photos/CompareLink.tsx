/** "Compare photos" on the client page, shown once two or more assessments have photos. */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { AssessmentListItem } from '../../../shared/domain/assessments';
import { assessmentsWithPhotos, loadClientPhotos } from './client-photos';

export function CompareLink({
  clientId,
  assessments,
}: {
  clientId: string;
  assessments: readonly AssessmentListItem[];
}) {
  const [withPhotos, setWithPhotos] = useState(0);
  useEffect(() => {
    if (assessments.length < 2) return;
    let current = true;
    void loadClientPhotos(assessments).then((result) => {
      // Without the count the link stays hidden; the page itself explains any failure.
      if (current && result.ok) setWithPhotos(assessmentsWithPhotos(result.value));
    });
    return () => {
      current = false;
    };
  }, [assessments]);
  if (assessments.length < 2 || withPhotos < 2) return null;
  return (
    <Link href={`/clients/${clientId}/compare`} className="button">
      Compare photos
    </Link>
  );
}
