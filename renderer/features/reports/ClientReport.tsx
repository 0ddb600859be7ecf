/** The client report: what was found, feet first, how things have changed, and the program. */
import type { ClientReportData } from '../../../shared/channels/reports';
import { notCheckedToday } from '../../../shared/domain/clinical';
import { scoringFor, type ScoringChoice } from '../../../shared/domain/clinical/released-rules';
import { clientDisplayName } from '../../../shared/domain/clients';
import { formatCalendarDate } from '../../lib/format';
import { Letterhead } from './Letterhead';
import { ReportFeet } from './ReportFeet';
import { ReportPhotos } from './ReportPhotos';
import { ReportProgress } from './ReportProgress';
import { ReportReferral } from './ReportReferral';
import { ReportScores } from './ReportScores';
import {
  asymmetrySentence,
  clientCaveats,
  clientPostureByView,
  notCheckedLine,
  type ClientPostureView,
} from './client-wording';
import { summaryParagraph } from './report-summary';
import { dosageText, frequencyText } from './wording';

function PostureByView({ views }: { views: readonly ClientPostureView[] }) {
  return (
    <section className="report-section" aria-labelledby="posture-title">
      <h2 id="posture-title">Standing posture</h2>
      {views.length === 0 && <p className="muted">Posture was not checked at this visit.</p>}
      <div className="views">
        {views.map(({ view, title, findings, unjudged, quiet }) => (
          <div key={view} className="view-block keep-together">
            <h3>{title}</h3>
            {findings.length > 0 && (
              <ul className="findings">
                {findings.map((each) => (
                  <li key={each.line}>{each.line}</li>
                ))}
              </ul>
            )}
            {unjudged.length > 0 && (
              <ul className="findings unjudged">
                {unjudged.map((each) => (
                  <li key={each.line}>{each.line}</li>
                ))}
              </ul>
            )}
            {quiet && <p className="quiet">{quiet}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}

function ProgramSection({ report }: { report: ClientReportData }) {
  const { program } = report;
  if (!program || program.items.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="program-title">
      <h2 id="program-title">Your exercise program: {program.title}</h2>
      <table className="program-table">
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">How much</th>
            <th scope="col">How often</th>
          </tr>
        </thead>
        <tbody>
          {program.items.map((item) => (
            <tr key={item.position}>
              <th scope="row">{item.exercise?.name ?? 'Exercise no longer in the library'}</th>
              <td>{dosageText(item.dosage)}</td>
              <td>{frequencyText(item.dosage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small-print">
        Step-by-step instructions with pictures are on your exercise handout.
      </p>
    </section>
  );
}

function rulesLine({ version, stamped, reproduced }: ScoringChoice): string {
  return reproduced
    ? `Scored with rules ${version}.`
    : `Scored with rules ${version}. It was recorded with rules ${stamped}, which this version of Stance does not have.`;
}

export function ClientReport({ report }: { report: ClientReportData }) {
  const { client, settings, assessment } = report;
  const body = assessment.body;
  const scoring = scoringFor(assessment.rulesVersion);
  const scored = scoring.score(body, { ageYears: report.ageYears });
  const { asymmetries, caveats } = scored.chain;
  const posture = clientPostureByView(scored.chain.observations, body.checkpointFindings ?? []);
  const feetDiffer = asymmetrySentence(asymmetries);
  const notChecked = notCheckedLine(notCheckedToday(body, scored.chain));

  return (
    <article className={`print-doc paper-${settings.paperSize.toLowerCase()}`}>
      <Letterhead settings={settings} title="Posture and foot assessment" />
      <dl className="client-block">
        <div>
          <dt>Client</dt>
          <dd>{clientDisplayName(client)}</dd>
        </div>
        {client.dateOfBirth && (
          <div>
            <dt>Date of birth</dt>
            <dd>
              {formatCalendarDate(client.dateOfBirth)}
              {report.ageYears !== null && ` (age ${report.ageYears})`}
            </dd>
          </div>
        )}
        <div>
          <dt>Assessed on</dt>
          <dd>
            {formatCalendarDate(assessment.assessedOn)}
            {assessment.status === 'draft' && ' (draft, not yet finalized)'}
          </dd>
        </div>
        {settings.practitionerName && (
          <div>
            <dt>Assessed by</dt>
            <dd>{settings.practitionerName}</dd>
          </div>
        )}
      </dl>
      <ReportReferral tier={scored.chain.redFlags.tier} />
      <section className="report-section summary" aria-labelledby="summary-title">
        <h2 id="summary-title">In short</h2>
        <p>{summaryParagraph(report, scored, posture)}</p>
        {notChecked && <p className="not-checked">{notChecked}</p>}
      </section>
      <ReportFeet scored={scored} body={body} sidesDiffer={feetDiffer} />
      <PostureByView views={posture} />
      <ReportPhotos photos={report.photos} />
      <ReportScores report={report} />
      <ReportProgress report={report} />
      <ProgramSection report={report} />
      <section className="report-section disclaimer keep-together" aria-labelledby="about-title">
        <h2 id="about-title">About this report</h2>
        <ul>
          {clientCaveats(caveats).map((text) => (
            <li key={text}>{text}</li>
          ))}
          <li>{rulesLine(scoring)}</li>
          <li>
            This report describes what we saw and measured at one visit. It is not medical advice;
            please talk to your doctor about any health concern.
          </li>
        </ul>
      </section>
    </article>
  );
}
