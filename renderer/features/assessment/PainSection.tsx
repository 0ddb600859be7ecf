/** Pain now and over the last week, where it is, the questionnaires and the red-flag screen. */
import { MCID_RULES, NPRS_MAX, SOURCES, classifyNprs } from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';
import { BodyChart } from './BodyChart';
import type { BoundOption } from './BoundChoice';
import { BoundChoice, notAssessed } from './BoundChoice';
import { OswestryPanel } from './OswestryPanel';
import { RedFlagsPanel } from './RedFlagsPanel';
import { RolandMorrisPanel } from './RolandMorrisPanel';
import { Panel, Section } from './Section';
import { StartBackPanel } from './StartBackPanel';

const NPRS_OPTIONS: readonly BoundOption[] = [
  notAssessed('Not asked'),
  ...Array.from({ length: NPRS_MAX + 1 }, (_, score) => ({ stored: score, label: String(score) })),
];

const describePain = (stored: string | number | boolean) =>
  typeof stored === 'number' ? classifyNprs(stored).label : null;

const SCALES = [
  { key: 'nprsNow', legend: 'Pain now' },
  { key: 'nprsBestLastWeek', legend: 'Least pain in the last week' },
  { key: 'nprsWorstLastWeek', legend: 'Worst pain in the last week' },
] as const;

export function PainSection() {
  return (
    <Section
      id="pain"
      intro="0 means no pain and 10 the worst pain imaginable; use the same words each visit."
    >
      <Panel title="Pain rating (0–10)">
        <div className="ae-rows">
          {SCALES.map(({ key, legend }) => (
            <BoundChoice
              key={key}
              path={['pain', key]}
              legend={legend}
              options={NPRS_OPTIONS}
              numeric
              describe={describePain}
              className="ae-row-choice ae-nprs"
            />
          ))}
        </div>
        <p className="ae-hint">
          Mild, moderate and severe bands
          <EvidenceButton source={SOURCES.nprsBands} rule="pain rating bands" />
          {' · '}
          {MCID_RULES.nprs.ruleText}
          <EvidenceButton
            source={MCID_RULES.nprs.source}
            rule="pain rating smallest important change"
          />
        </p>
      </Panel>
      <Panel title="Where it hurts">
        <BodyChart />
      </Panel>
      <OswestryPanel />
      <RolandMorrisPanel />
      <StartBackPanel />
      <RedFlagsPanel />
    </Section>
  );
}
