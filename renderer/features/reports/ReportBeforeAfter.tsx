/**
 * The before-and-after page the client saw in "Show the client", on paper: the first visit with
 * photos beside this one, lined up on the feet, and each measure's change in words.
 */
import type { ClientReportData } from '../../../shared/channels/reports';
import type { PhotoInfo } from '../../../shared/channels/photos';
import type { PhotoView } from '../../../shared/domain/photo-views';
import {
  PROGRESS_CHARTS,
  VERDICT_WORDS,
  beforeAfterText,
  plainMeasureName,
  visitChanges,
} from '../../../shared/domain/progress';
import { formatCalendarDate } from '../../lib/format';
import { ComparisonFigure, viewLabel } from '../photos';

/**
 * One view, as the presentation shows one at a time (front first): its two photos and every
 * change below fit one sheet of either paper.
 */
const MAX_VIEWS = 1;
const FRAME_HEIGHT = '85mm';

const lastOfView = (photos: readonly PhotoInfo[], view: PhotoView) =>
  photos.findLast((photo) => photo.view === view);

export function ReportBeforeAfter({ report }: { report: ClientReportData }) {
  const before = report.firstPhotos;
  if (!before) return null;
  const views = [...new Set(report.photos.map((photo) => photo.view))]
    .filter((view) => lastOfView(before.photos, view))
    .slice(0, MAX_VIEWS);
  if (views.length === 0) return null;
  const earlierOn = formatCalendarDate(before.assessedOn);
  const laterOn = formatCalendarDate(report.assessment.assessedOn);
  const earlierVisit = report.progress.find((visit) => visit.assessmentId === before.assessmentId);
  const laterVisit = report.progress.at(-1);
  const changes =
    earlierVisit && laterVisit ? visitChanges(PROGRESS_CHARTS, earlierVisit, laterVisit) : [];
  return (
    <section className="report-section before-after" aria-labelledby="before-after-title">
      <h2 id="before-after-title">
        Before and after: {earlierOn} and {laterOn}
      </h2>
      <div className="before-after-views">
        {views.map((view) => (
          <figure key={view} className="before-after-view">
            <ComparisonFigure
              earlier={{
                photo: lastOfView(before.photos, view)!,
                role: 'Before',
                when: earlierOn,
                alt: `${viewLabel(view)} view on ${earlierOn}`,
              }}
              later={{
                photo: lastOfView(report.photos, view)!,
                role: 'After',
                when: laterOn,
                alt: `${viewLabel(view)} view on ${laterOn}`,
              }}
              imageSize="print"
              maxFrameHeight={FRAME_HEIGHT}
            />
          </figure>
        ))}
      </div>
      {changes.length > 0 && (
        <table className="before-after-changes keep-together">
          <caption>What has changed since {earlierOn}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Then and now</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.seriesId} className={`verdict-${change.verdict}`}>
                <th scope="row">{plainMeasureName(change.seriesId)}</th>
                <td className="before-after-values">{beforeAfterText(change)}</td>
                <td>
                  <strong>{VERDICT_WORDS[change.verdict].label}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
