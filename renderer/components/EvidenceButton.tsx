/**
 * "Source" beside a band, threshold, MCID or rule: one click or Enter opens where the number comes
 * from (who, when, what was measured, in whom) and whether it is confirmed. A rule the reference
 * has not confirmed says "unconfirmed" on the button itself, so it is never read as a fact.
 */
import { useState } from 'react';
import type { Source } from '../../shared/domain/clinical/sources';
import { Dialog } from './Dialog';

interface EvidenceButtonProps {
  source: Source;
  /** What the source backs, e.g. "FPI-6 bands"; said by screen readers and titles the panel. */
  rule: string;
}

export function EvidenceButton({ source, rule }: EvidenceButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`evidence-button${source.verified ? '' : ' evidence-unconfirmed'}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Source<span className="visually-hidden"> for {rule}</span>
        {!source.verified && <span className="evidence-flag">unconfirmed</span>}
      </button>
      {open && <EvidencePanel source={source} rule={rule} onClose={() => setOpen(false)} />}
    </>
  );
}

const notGiven = 'Not given in Stance’s clinical reference';

export function EvidencePanel({
  source,
  rule,
  onClose,
}: EvidenceButtonProps & { onClose: () => void }) {
  return (
    <Dialog
      title={`Source: ${rule}`}
      description={
        source.verified ? (
          <p className="evidence-status">Confirmed from the source below.</p>
        ) : (
          <p className="evidence-status evidence-status-unconfirmed">
            <strong>Unconfirmed.</strong> The reference marks this as not verified or not found;
            treat it as a working rule until it has been checked.
          </p>
        )
      }
      onCancel={onClose}
      closeButton
      actions={
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      }
    >
      <dl className="evidence-details">
        <div>
          <dt>Citation</dt>
          <dd>{source.citation}</dd>
        </div>
        <div>
          <dt>Authors</dt>
          <dd>{source.authors ?? notGiven}</dd>
        </div>
        <div>
          <dt>Year</dt>
          <dd>{source.year ?? notGiven}</dd>
        </div>
        <div>
          <dt>What was measured</dt>
          <dd>{source.measured ?? notGiven}</dd>
        </div>
        <div>
          <dt>In whom</dt>
          <dd>{source.population ?? notGiven}</dd>
        </div>
        {source.note && (
          <div>
            <dt>Note</dt>
            <dd>{source.note}</dd>
          </div>
        )}
        <div>
          <dt>Where to read it</dt>
          <dd className="evidence-url">{source.url || 'No address: nothing was found'}</dd>
        </div>
      </dl>
    </Dialog>
  );
}
