/**
 * Oswestry: she enters each section's 0–5 score from the client's licensed paper form; the
 * statements are not reproduced here (© Fairbank, licensed through Mapi Research Trust).
 */
import type { OswestryRecord, OswestryVariant } from '../../../shared/domain/clinical';
import {
  MCID_RULES,
  OSWESTRY_SECTION_COUNT,
  SOURCES,
  oswestrySections,
  scoreOswestry,
} from '../../../shared/domain/clinical';
import type { BoundOption } from './BoundChoice';
import { BoundChoice } from './BoundChoice';
import { EvidenceButton } from '../../components/EvidenceButton';
import { ChoiceGroup } from './ChoiceGroup';
import { useBodyValue, useForm, usePreviousValue } from './form-context';
import { Panel } from './Section';
import { changeText } from './units';

const VARIANT_LABELS: Record<OswestryVariant, string> = {
  'odi-2.1a': 'Standard (2.1a)',
  modified: 'Modified',
};

const SECTION_OPTIONS: readonly BoundOption[] = [
  ...[0, 1, 2, 3, 4, 5].map((score) => ({ stored: score, label: String(score) })),
  { stored: null, label: 'Skipped' },
];

const asRecord = (value: unknown) =>
  value && typeof value === 'object' ? (value as OswestryRecord) : null;

export function OswestryPanel() {
  const { store } = useForm();
  const record = asRecord(useBodyValue(['oswestry']));
  const previous = asRecord(usePreviousValue(['oswestry']));
  const chooseVariant = (variant: string) => {
    const chosen = variant as OswestryVariant;
    store.setBody(['oswestry'], {
      variant: chosen,
      sections: record?.sections ?? Array<null>(OSWESTRY_SECTION_COUNT).fill(null),
    });
  };
  return (
    <Panel
      title="Oswestry Disability Index"
      aside={
        record && (
          <button
            type="button"
            className="button ae-button-small"
            onClick={() => store.setBody(['oswestry'], undefined)}
          >
            Clear Oswestry
          </button>
        )
      }
    >
      <p className="ae-hint">
        Enter each section’s score (0–5) from the client’s completed form. The questionnaire is
        licensed, so its statements are not shown here.
      </p>
      <ChoiceGroup
        name="ae-oswestry-variant"
        legend="Version used"
        choices={Object.entries(VARIANT_LABELS).map(([value, label]) => ({ value, label }))}
        value={record?.variant ?? null}
        onChange={chooseVariant}
        after={!record && <span className="muted ae-inline-note">Not recorded</span>}
      />
      {record && (
        <>
          <div className="ae-rows">
            {oswestrySections(record.variant).map((section, index) => (
              <BoundChoice
                key={section.id}
                path={['oswestry', 'sections', index]}
                legend={`${section.number}. ${section.label}`}
                options={SECTION_OPTIONS}
                numeric
                className="ae-row-choice ae-row-inline"
              />
            ))}
          </div>
          <OswestryScore record={record} previous={previous} />
          <p className="ae-hint">
            Disability bands
            <EvidenceButton source={SOURCES.oswestryBands} rule="Oswestry disability bands" />
            {' · '}
            {MCID_RULES[record.variant === 'modified' ? 'modified-odi' : 'odi'].ruleText}
            <EvidenceButton
              source={MCID_RULES[record.variant === 'modified' ? 'modified-odi' : 'odi'].source}
              rule="Oswestry smallest important change"
            />
          </p>
        </>
      )}
    </Panel>
  );
}

function OswestryScore({
  record,
  previous,
}: {
  record: OswestryRecord;
  previous: OswestryRecord | null;
}) {
  const score = safeScore(record);
  const before = previous ? safeScore(previous) : null;
  if (!score) return <p className="ae-score muted">No sections answered yet.</p>;
  const percent = Math.round(score.percent * 10) / 10;
  return (
    <p className="ae-score" role="status">
      <strong>{percent}%</strong>
      {score.band && <> · {score.band.label}</>}
      <span className="muted">
        {' '}
        ({score.sectionsAnswered} of {OSWESTRY_SECTION_COUNT} sections answered
        {record.variant === 'modified' ? '; bands apply to the standard version only' : ''})
      </span>
      {before && (
        <span className="ae-was">
          {' '}
          was {Math.round(before.percent * 10) / 10}% ·{' '}
          {changeText(score.percent - before.percent, null)} points
        </span>
      )}
    </p>
  );
}

function safeScore(record: OswestryRecord) {
  try {
    return scoreOswestry(record.sections, record.variant);
  } catch {
    return null;
  }
}
