/** The client's progress over her visits up to this one: the client page's charts, on paper. */
import type { ClientReportData } from '../../../shared/channels/reports';
import { ProgressCharts } from '../progress';

export function ReportProgress({ report }: { report: ClientReportData }) {
  // One visit is a starting point, not progress; its numbers are in the sections above.
  if (report.progress.length < 2) return null;
  return (
    <section className="report-section" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress, visit by visit</h2>
      <ProgressCharts
        visits={report.progress}
        headingLevel={3}
        className="progress-charts report-progress-charts"
        minVisits={2}
      />
    </section>
  );
}
