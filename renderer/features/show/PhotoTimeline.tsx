/** Every visit's photo of one view in a row, oldest first, the same height so change reads across. */
import type { PhotoView } from '../../../shared/domain/photo-views';
import { photoUrl } from '../../../shared/domain/photos';
import { photoOfView, viewLabel, type AssessmentWithPhotos } from '../photos';
import { dateOf } from './show-dates';

export function PhotoTimeline({
  candidates,
  view,
}: {
  candidates: readonly AssessmentWithPhotos[];
  view: PhotoView;
}) {
  return (
    <ol className="show-timeline" aria-label={`${viewLabel(view)} photos, oldest first`}>
      {candidates.map((entry) => {
        const photo = photoOfView(entry, view)!;
        const when = dateOf(entry.assessment);
        return (
          <li key={entry.assessment.assessmentId}>
            <figure className="show-timeline-item">
              <img
                src={photoUrl(photo.hash, 'screen')}
                alt={`${viewLabel(view)} view on ${when}`}
                width={photo.width}
                height={photo.height}
                loading="lazy"
                draggable={false}
              />
              <figcaption>{when}</figcaption>
            </figure>
          </li>
        );
      })}
    </ol>
  );
}
