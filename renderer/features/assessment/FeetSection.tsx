/** The foot and ankle examination: both feet side by side, footwear, and left–right differences. */
import { useDeferredValue } from 'react';
import type { FootExam } from '../../../shared/domain/clinical';
import {
  FOOT_MEASURE_LABELS,
  ORTHOTIC_TYPES,
  compareFootSides,
} from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';
import { BoundChoice, notAssessed } from './BoundChoice';
import { useBodyValue, useForm } from './form-context';
import { FootColumn } from './FootColumn';
import { Panel, Section } from './Section';
import { TextField } from './TextFields';

const ORTHOTIC_LABELS: Record<(typeof ORTHOTIC_TYPES)[number], string> = {
  none: 'None',
  prefabricated: 'Prefabricated',
  custom: 'Custom',
};

export function FeetSection() {
  return (
    <Section
      id="feet"
      intro="Relaxed standing, shoes and socks off. Left and right are the client’s own."
    >
      <div className="ae-feet">
        <FootColumn side="left" />
        <FootColumn side="right" />
      </div>
      <AsymmetryFlags />
      <Panel title="Footwear and orthotics">
        <div className="ae-grid-2">
          <TextField path={['footwear', 'usualFootwear']} label="Usual footwear" />
          <TextField path={['footwear', 'notes']} label="Footwear notes" />
        </div>
        <BoundChoice
          path={['footwear', 'orthotics']}
          legend="Orthotics"
          options={[
            notAssessed('Not recorded'),
            ...ORTHOTIC_TYPES.map((type) => ({ stored: type, label: ORTHOTIC_LABELS[type] })),
          ]}
        />
        <BoundChoice
          path={['footwear', 'orthoticsWornDuringExam']}
          legend="Orthotics worn while examined"
          options={[
            notAssessed('Not recorded'),
            { stored: true, label: 'Worn' },
            { stored: false, label: 'Not worn' },
          ]}
        />
      </Panel>
    </Section>
  );
}

function AsymmetryFlags() {
  const { ageYears } = useForm();
  const left = useDeferredValue(useBodyValue(['feet', 'left']) as FootExam | undefined);
  const right = useDeferredValue(useBodyValue(['feet', 'right']) as FootExam | undefined);
  let flags: ReturnType<typeof compareFootSides> = [];
  try {
    flags = compareFootSides(left, right, { ageYears });
  } catch {
    // A value the schema refuses is on screen with its message; compare again once it is fixed.
  }
  return (
    <div className="ae-asymmetry" role="status">
      <h3 className="ae-panel-title">Left–right differences</h3>
      {!left || !right ? (
        <p className="muted">Shown once both feet have findings.</p>
      ) : flags.length === 0 ? (
        <p className="muted">
          No measure differs between the two feet. Small differences are normal.
        </p>
      ) : (
        <ul className="ae-flag-list">
          {flags.map((flag) => (
            <li
              key={flag.measure}
              className={flag.verdict === 'beyond-error' ? 'ae-finding' : undefined}
            >
              {flag.text}
              <EvidenceButton
                source={flag.rule.source}
                rule={`${FOOT_MEASURE_LABELS[flag.measure]} side difference`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
