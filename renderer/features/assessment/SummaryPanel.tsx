/**
 * The kinetic-chain summary, read from the feet up, with the caveats the evidence asks for. It is
 * worked out in the background (deferred), and only while in view, so it never slows typing.
 */
import { memo, useDeferredValue, useEffect, useState } from 'react';
import type { AssessmentBody, KineticChainSummary } from '../../../shared/domain/clinical';
import {
  FOOT_MEASURE_LABELS,
  REGIONS_FEET_UP,
  REGION_LABELS,
  interpretAssessment,
} from '../../../shared/domain/clinical';
import { movementScreens, screensNotAssessed } from '../../../shared/domain/movement';
import type { MeasurablePhoto } from '../../../shared/domain/photo-checkpoint-values';
import { bodyWithPhotoValues } from '../../../shared/domain/photo-checkpoint-values';
import { EvidenceButton } from '../../components/EvidenceButton';
import type { PreviousAssessment } from './form-context';
import { useDocValue, useForm } from './form-context';
import { usePhotos } from './photo-values';
import { ReferralNotice } from './RedFlagsPanel';
import { Section, sectionElementId } from './Section';
import { SummaryPatterns } from './SummaryPatterns';
import { SummaryScores } from './SummaryScores';
import { withoutRefused } from './validation';

export function SummarySection() {
  const { ageYears, previous } = useForm();
  const latest = useDeferredValue(useDocValue((doc) => doc.body));
  const body = useWhileVisible(sectionElementId('summary'), latest);
  const photos = usePhotos();
  return (
    <Section
      id="summary"
      intro="What the findings suggest, from the feet up. It describes; it does not diagnose."
    >
      <Summary body={body} photos={photos} ageYears={ageYears} previous={previous} />
    </Section>
  );
}

/**
 * The value as it is while the element is on screen, and as it was when it left the screen: the
 * summary is not worked out again for every key typed elsewhere in the form.
 */
function useWhileVisible<T>(elementId: string, value: T): T {
  const [visible, setVisible] = useState(false);
  const [shown, setShown] = useState(value);
  if (visible && shown !== value) setShown(value);
  useEffect(() => {
    const element = document.getElementById(elementId);
    if (!element) return;
    const observer = new IntersectionObserver(
      ([entry]) => setVisible(entry?.isIntersecting ?? false),
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [elementId]);
  return visible ? value : shown;
}

interface Summarised {
  /**
   * The document with values the form refused left out and the photos' values where she typed
   * none (as the Measures section shows them): what the summary is worked out from.
   */
  readonly body: AssessmentBody;
  readonly summary: KineticChainSummary;
}

function summarise(
  body: AssessmentBody,
  photos: readonly MeasurablePhoto[],
  ageYears: number | null,
): Summarised | null {
  try {
    const clean = bodyWithPhotoValues(withoutRefused(body), photos);
    return { body: clean, summary: interpretAssessment(clean, { ageYears }) };
  } catch {
    return null;
  }
}

const Summary = memo(function Summary({
  body,
  photos,
  ageYears,
  previous,
}: {
  body: AssessmentBody;
  photos: readonly MeasurablePhoto[];
  ageYears: number | null;
  previous: PreviousAssessment | null;
}) {
  const summarised = summarise(body, photos, ageYears);
  if (!summarised)
    return <p className="muted">The summary could not be worked out from these values.</p>;
  const { summary } = summarised;
  const regions = REGIONS_FEET_UP.map((region) => ({
    region,
    observations: summary.observations.filter((observation) => observation.region === region),
  })).filter((group) => group.observations.length > 0);

  return (
    <div className="ae-summary">
      {summary.redFlags.status === 'refer' && <ReferralNotice />}
      <h3 className="ae-panel-title">Read from the feet up</h3>
      {summary.complaintChain && (
        <p className="ae-summary-note">
          <strong>Toward the complaint ({summary.complaintChain.target.areas.join(', ')}):</strong>{' '}
          {summary.complaintChain.findings.length === 0
            ? 'no finding lies on the chain from the feet up to it.'
            : `on the chain from the feet up to it lie ${summary.complaintChain.findings
                .map((observation) => observation.brief)
                .join('; ')}.`}
        </p>
      )}
      {summary.affectedSide && (
        <p className="ae-summary-note">
          <strong>Affected side: {summary.affectedSide}.</strong> Its findings are listed first
          wherever both sides were recorded.
        </p>
      )}
      {regions.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <dl className="ae-summary-regions">
          {regions.map(({ region, observations }) => (
            <div key={region} className="ae-summary-region">
              <dt>{REGION_LABELS[region]}</dt>
              {observations.map((observation) => (
                <dd
                  key={`${observation.id}-${observation.side}`}
                  className={observation.isFinding ? 'ae-finding' : undefined}
                >
                  {observation.text}
                  {observation.source && (
                    <EvidenceButton source={observation.source} rule={observation.brief} />
                  )}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
      {summary.notAssessed.length > 0 && (
        <p className="ae-summary-note">
          <strong>Not assessed:</strong>{' '}
          {summary.notAssessed.map((region) => REGION_LABELS[region].toLowerCase()).join(', ')}.
        </p>
      )}
      <MovementNotAssessed body={summarised.body} />
      {summary.asymmetries.length > 0 && (
        <>
          <h3 className="ae-panel-title">Left–right differences beyond measurement error</h3>
          <ul className="ae-summary-list">
            {summary.asymmetries.map((flag) => (
              <li key={flag.measure}>
                {flag.text}
                <EvidenceButton
                  source={flag.rule.source}
                  rule={`${FOOT_MEASURE_LABELS[flag.measure]} side difference`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <SummaryPatterns hypotheses={summary.hypotheses} />
      <SummaryScores body={summarised.body} previous={previous} />
      {summary.redFlags.status === 'incomplete' && (
        <p className="ae-summary-note">{summary.redFlags.notice}</p>
      )}
      <h3 className="ae-panel-title">Keep in mind</h3>
      <ul className="ae-summary-list ae-caveats">
        {summary.caveats.map((caveat) => (
          <li key={caveat.id}>
            {caveat.text}
            <EvidenceButton source={caveat.source} rule={caveat.id.replace(/-/g, ' ')} />
          </li>
        ))}
      </ul>
      <p className="ae-hint">Scored with rules {summary.rulesVersion}.</p>
    </div>
  );
});

/** Says which movement screens were not watched, so an empty one never reads as a clean squat. */
function MovementNotAssessed({ body }: { body: AssessmentBody }) {
  const missing = screensNotAssessed(body.movement);
  if (missing.length === 0) return null;
  const names = movementScreens
    .filter((screen) => missing.includes(screen.id))
    .map((screen) => screen.label.toLowerCase());
  return (
    <p className="ae-summary-note">
      <strong>Movement not assessed:</strong> {names.join(', ')}.
    </p>
  );
}
