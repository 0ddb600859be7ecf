/** The client report: what was found, feet first, how things have changed, and the program. */
import { bodyWithPhotoValues } from '../../../shared/domain/photo-checkpoint-values';
import type { ClientReportData } from '../../../shared/channels/reports';
import { isPresent, notCheckedToday } from '../../../shared/domain/clinical';
import { scoringFor, type ScoringChoice } from '../../../shared/domain/clinical/released-rules';
import { clientDisplayName } from '../../../shared/domain/clients';
import { formatCalendarDate, formatDayOf } from '../../lib/format';
import { Letterhead } from './Letterhead';
import { feetExamined, ReportFeet } from './ReportFeet';
import { ReportBeforeAfter } from './ReportBeforeAfter';
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
import { photosBesideMovement } from './movement-frames';
import { clientMovement } from './movement-wording';
import { ReportMovement } from './ReportMovement';
import { exerciseCount, summaryParagraph, type RecordedToday } from './report-summary';
import { dosageText, frequencyText } from './wording';

function ViewBlock({ view }: { view: ClientPostureView }) {
  const { title, findings, unjudged, quiet } = view;
  return (
    <div className="view-block keep-together">
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
  );
}

function PostureByView({ views }: { views: readonly ClientPostureView[] }) {
  const [first, ...rest] = views;
  return (
    <section className="report-section" aria-labelledby="posture-title">
      {/* The heading travels with the first view, so it never ends a page on its own. */}
      <div className="keep-together">
        <h2 id="posture-title">Standing posture</h2>
        {first ? (
          <ViewBlock view={first} />
        ) : (
          <p className="muted">Posture was not checked at this visit.</p>
        )}
      </div>
      {rest.map((view) => (
        <ViewBlock key={view.view} view={view} />
      ))}
    </section>
  );
}

function ProgramSection({ report }: { report: ClientReportData }) {
  const { program } = report;
  if (!program || program.items.length === 0) return null;
  const started = report.programFromThisVisit ? 'Started on' : 'In progress since';
  return (
    <section className="report-section" aria-labelledby="program-title">
      <div className="keep-together">
        <h2 id="program-title">Your home program: {program.title}</h2>
        <p className="program-progress">
          {started} {formatDayOf(program.createdAt)} · {exerciseCount(program.items.length)}
        </p>
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
      </div>
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
  // The photos fill what she left blank, as the form's Measures section and Summary show it.
  const body = bodyWithPhotoValues(assessment.body, report.photos);
  const scoring = scoringFor(assessment.rulesVersion);
  const scored = scoring.score(body, { ageYears: report.ageYears });
  const { asymmetries, caveats } = scored.chain;
  const posture = clientPostureByView(scored.chain.observations, body.checkpointFindings ?? []);
  const feetDiffer = asymmetrySentence(asymmetries);
  const notChecked = notCheckedLine(notCheckedToday(body, scored.chain));
  const recorded: RecordedToday = {
    feet: feetExamined(scored),
    posture: posture.length > 0,
    pain: isPresent(body.pain?.nprsNow),
    questionnaire: isPresent(body.oswestry) || isPresent(body.rolandMorris),
    photos: report.photos.length > 0,
    movement: (body.movement?.findings?.length ?? 0) > 0,
  };
  const moved = clientMovement(body.movement);
  // A visit that looked at neither says so once, in the summary, rather than in two empty sections.
  const lookedAtStanding = recorded.feet || recorded.posture;

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
      <section className="report-section summary keep-together" aria-labelledby="summary-title">
        <h2 id="summary-title">In short</h2>
        <p>
          {summaryParagraph(
            report,
            scored,
            posture,
            recorded,
            moved?.screens.flatMap((screen) => screen.lines) ?? [],
          )}
        </p>
        {notChecked && <p className="not-checked">{notChecked}</p>}
      </section>
      {lookedAtStanding && <ReportFeet scored={scored} body={body} sidesDiffer={feetDiffer} />}
      {lookedAtStanding && <PostureByView views={posture} />}
      {moved && <ReportMovement worded={moved} photos={report.photos} />}
      <ReportPhotos photos={photosBesideMovement(report.photos, moved !== null)} />
      <ReportBeforeAfter report={report} />
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
