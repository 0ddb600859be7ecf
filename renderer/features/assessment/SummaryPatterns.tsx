/**
 * The muscle patterns the findings bring in: the current NASM edition's list, and the older
 * edition's list for the same pattern only when she asks for it, so two editions never read as
 * two patterns.
 */
import { useId, useState } from 'react';
import type { MuscleHypothesis } from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';

export function SummaryPatterns({ hypotheses }: { hypotheses: readonly MuscleHypothesis[] }) {
  if (hypotheses.length === 0) return null;
  return (
    <>
      <h3 className="ae-panel-title">Possible muscle patterns to test</h3>
      <ul className="ae-summary-list">
        {hypotheses.map((hypothesis) => (
          <PatternItem key={hypothesis.table.id} hypothesis={hypothesis} />
        ))}
      </ul>
    </>
  );
}

function PatternItem({ hypothesis }: { hypothesis: MuscleHypothesis }) {
  const [showOlder, setShowOlder] = useState(false);
  const olderId = useId();
  const older = hypothesis.olderEdition;
  return (
    <li>
      {hypothesis.text}
      <EvidenceButton source={hypothesis.table.source} rule={hypothesis.table.name} />
      {older && (
        <div className="ae-older-edition">
          <button
            type="button"
            className="link-button"
            aria-expanded={showOlder}
            aria-controls={olderId}
            onClick={() => setShowOlder((shown) => !shown)}
          >
            {showOlder ? 'Hide the older edition’s list' : 'Show the older edition’s list'}
          </button>
          {showOlder && (
            <p id={olderId}>
              {older.text}
              <EvidenceButton
                source={older.table.source}
                rule={`${older.table.name}, older edition`}
              />
            </p>
          )}
        </div>
      )}
    </li>
  );
}
