/** The posture measurements taken with a goniometer or from photos, in one place. */
import { memo } from 'react';
import type { Checkpoint, CheckpointFinding } from '../../../shared/domain/clinical';
import { CHECKPOINTS, VIEW_LABELS, classify } from '../../../shared/domain/clinical';
import { checkpointValue } from '../../../shared/domain/photo-checkpoint-values';
import type { SlotSide } from './findings';
import { findingFor, findingIndex, findingWithValue, slotKey, withFinding } from './findings';
import { useDocValue, useForm, useIssue } from './form-context';
import { EvidenceButton } from '../../components/EvidenceButton';
import { NumberInput } from './NumberField';
import { usePhotoValue } from './photo-values';
import { PhotoSource } from './PhotoSource';
import { Section } from './Section';

interface MeasuredSlot {
  checkpoint: Checkpoint;
  side: SlotSide;
}

const MEASURED: readonly MeasuredSlot[] = (CHECKPOINTS as readonly Checkpoint[])
  .filter((checkpoint) => checkpoint.measurement)
  .flatMap((checkpoint): MeasuredSlot[] =>
    checkpoint.sideness === 'midline'
      ? [{ checkpoint, side: null }]
      : (['left', 'right'] as const).map((side) => ({ checkpoint, side })),
  );

const viewName = (checkpoint: Checkpoint) =>
  checkpoint.view === 'lateral' ? 'Side view' : VIEW_LABELS[checkpoint.view] + ' view';

export function MeasuresSection() {
  return (
    <Section
      id="measures"
      intro="Angles in degrees, 0 meaning level. A value is kept with the checkpoint it belongs to, graded or not. Where a photo’s landmarks measure it, the photo’s value is shown until you type your own."
    >
      <div className="ae-measures">
        {MEASURED.map((slot) => (
          <MeasureRow key={slotKey(slot.checkpoint.id, slot.side)} {...slot} />
        ))}
      </div>
    </Section>
  );
}

const MeasureRow = memo(function MeasureRow({ checkpoint, side }: MeasuredSlot) {
  const { store, previous } = useForm();
  const measurement = checkpoint.measurement;
  const id = checkpoint.id as CheckpointFinding['checkpointId'];
  const finding = useDocValue((doc) => findingFor(doc.body.checkpointFindings, id, side));
  const index = useDocValue((doc) => findingIndex(doc.body.checkpointFindings, id, side));
  const typedKey = `body.checkpointFindings.${slotKey(id, side)}.valueDeg`;
  const unparsed = useDocValue((doc) => doc.unparsed[typedKey]);
  const rangeIssue = useIssue(`body.checkpointFindings.${index}.valueDeg`);
  const typedIssue = useIssue(typedKey);
  const shown = checkpointValue(finding, usePhotoValue(id) ?? undefined);
  if (!measurement) return null;
  const before = findingFor(previous?.body.checkpointFindings, id, side)?.valueDeg;
  const sideText = side === null ? '' : `, ${side}`;
  const setValue = (value: number | null) =>
    store.updateBody(
      (body) => withFinding(body, id, side, findingWithValue(finding, id, side, value)),
      typedKey,
    );
  return (
    <div className="ae-measure">
      <div className="ae-measure-label">
        <span className="ae-measure-name">
          {checkpoint.label}
          {sideText}
        </span>
        <span className="ae-hint">
          {viewName(checkpoint)} · {measurement.label}
          {measurement.note ? ` · ${measurement.note}` : ''}
          <EvidenceButton
            source={measurement.bands?.source ?? checkpoint.source}
            rule={`${checkpoint.label}${sideText}, ${measurement.bands ? 'bands' : 'no threshold'}`}
          />
        </span>
      </div>
      <NumberInput
        id={`ae-measure-${checkpoint.id}-${side ?? 'midline'}`.replace(/[^\w-]/g, '_')}
        label={`${checkpoint.label}${sideText}: ${measurement.label}`}
        labelHidden
        stored="deg"
        value={shown.source === 'none' ? null : shown.valueDeg}
        unparsed={unparsed}
        issue={typedIssue ?? (index === -1 ? undefined : rangeIssue)}
        previous={typeof before === 'number' ? before : null}
        describe={(value) =>
          measurement.bands ? (classify(measurement.bands, value)?.label ?? null) : null
        }
        source={
          shown.photo && (
            <PhotoSource
              photo={shown.photo}
              typed={shown.source === 'typed'}
              onUsePhoto={() => setValue(null)}
            />
          )
        }
        onValue={setValue}
        onUnparsed={(text) => store.setUnparsed(typedKey, text)}
      />
    </div>
  );
});
