/**
 * One posture checkpoint on one side: "Not assessed" (the starting state, never read as normal),
 * "Not seen", or mild/marked in a direction.
 */
import { memo, useState, useSyncExternalStore } from 'react';
import type { Checkpoint, CheckpointFinding, View } from '../../../shared/domain/clinical';
import { gradingOptions } from '../../../shared/domain/clinical';
import { checkpointValue } from '../../../shared/domain/photo-checkpoint-values';
import type { Choice } from './ChoiceGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { NoteInput, NoteToggle } from './FindingNote';
import type { SlotSide } from './findings';
import {
  NOT_ASSESSED,
  findingFor,
  findingIndex,
  findingWithGrade,
  findingWithNote,
  gradeValueOf,
  withFinding,
} from './findings';
import { useDocValue, useForm, useIssue } from './form-context';
import { usePhotoValue } from './photo-values';
import { PhotoSource } from './PhotoSource';
import { withUnit } from './units';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function choicesFor(checkpoint: Checkpoint): Choice[] {
  const isSingle = checkpoint.deviations.length === 1;
  return [
    { value: NOT_ASSESSED, label: 'Not assessed', neutral: true },
    ...gradingOptions(checkpoint).map((option): Choice => {
      if (option.severity === 'none') return { value: 'none', label: option.label };
      const deviation = checkpoint.deviations.find((item) => item.id === option.deviation);
      const severity = option.severity === 'mild' ? 'Mild' : 'Marked';
      return isSingle || !deviation
        ? { value: `${option.severity}:${option.deviation ?? ''}`, label: severity }
        : {
            value: `${option.severity}:${option.deviation ?? ''}`,
            label: severity,
            spoken: `${severity}, ${deviation.label}`,
            cluster: capitalise(deviation.label),
          };
    }),
  ];
}

/** The first problem the schema found with the grade of this finding (the note has its own). */
function useFindingIssue(index: number): string | undefined {
  const { store } = useForm();
  return useSyncExternalStore(store.subscribe, () => {
    if (index === -1) return undefined;
    const issues = store.get().issues;
    const prefix = `body.checkpointFindings.${index}.`;
    for (const field of ['severity', 'deviation', 'side', 'checkpointId']) {
      const message = issues[prefix + field];
      if (message) return message;
    }
    return undefined;
  });
}

function describeFinding(
  checkpoint: Checkpoint,
  finding: CheckpointFinding | undefined,
): string | null {
  if (!finding) return null;
  const parts: string[] = [];
  if (finding.severity === 'none') parts.push('not seen');
  else if (finding.severity) {
    const deviation = checkpoint.deviations.find((item) => item.id === finding.deviation);
    parts.push(
      `${finding.severity}${deviation && checkpoint.deviations.length > 1 ? `, ${deviation.label}` : ''}`,
    );
  }
  if (typeof finding.valueDeg === 'number') parts.push(withUnit(finding.valueDeg, 'deg'));
  return parts.length > 0 ? parts.join(', ') : null;
}

interface CheckpointRowProps {
  view: View;
  checkpoint: Checkpoint;
  side: SlotSide;
  /** Row caption when the checkpoint is recorded per side. */
  sideLabel: string | null;
}

export const CheckpointRow = memo(function CheckpointRow({
  view,
  checkpoint,
  side,
  sideLabel,
}: CheckpointRowProps) {
  const { store, previous } = useForm();
  const id = checkpoint.id as CheckpointFinding['checkpointId'];
  const finding = useDocValue((doc) => findingFor(doc.body.checkpointFindings, id, side));
  const index = useDocValue((doc) => findingIndex(doc.body.checkpointFindings, id, side));
  const issue = useFindingIssue(index);
  const noteIssue = useIssue(`body.checkpointFindings.${index}.note`);
  const previousFinding = findingFor(previous?.body.checkpointFindings, id, side);
  const before = describeFinding(checkpoint, previousFinding);
  const measured = checkpointValue(finding, usePhotoValue(id));
  const note = finding?.note ?? '';
  const [noteAsked, setNoteAsked] = useState<'no' | 'yes' | 'closed-by-key'>('no');
  const isNoteOpen = noteAsked === 'yes' || note !== '';

  const legend = `${checkpoint.label}${sideLabel ? `, ${sideLabel.toLowerCase()}` : ''}`;
  const name = `ae-grade-${view}-${checkpoint.id}-${side ?? 'midline'}`;
  const noteId = `${name}-note`.replace(/[^\w-]/g, '_');
  return (
    <div
      className={
        checkpoint.deviations.length > 1 ? 'ae-grade-row ae-grade-row-captioned' : 'ae-grade-row'
      }
    >
      {sideLabel && (
        <span className="ae-grade-side" aria-hidden="true">
          {sideLabel}
        </span>
      )}
      <div className="ae-grade">
        <ChoiceGroup
          name={name}
          legend={legend}
          legendHidden
          choices={choicesFor(checkpoint)}
          value={gradeValueOf(finding)}
          onChange={(value) =>
            store.updateBody((body) =>
              withFinding(body, id, side, findingWithGrade(finding, id, side, value)),
            )
          }
          error={issue}
          after={
            <>
              {checkpoint.measurement && (
                <span className="ae-inline-note">
                  {checkpoint.measurement.label}:{' '}
                  {measured.source === 'none' ? (
                    'recorded under Measures'
                  ) : (
                    <>
                      {withUnit(measured.valueDeg, 'deg')}{' '}
                      {measured.photo ? (
                        <PhotoSource
                          photo={measured.photo}
                          typed={measured.source === 'typed'}
                          inSentence
                        />
                      ) : (
                        '(under Measures)'
                      )}
                    </>
                  )}
                </span>
              )}
              {before && <span className="ae-was">was {before}</span>}
              {!isNoteOpen && (
                <NoteToggle
                  inputId={noteId}
                  context={legend}
                  takeFocus={noteAsked === 'closed-by-key'}
                  onOpen={() => setNoteAsked('yes')}
                />
              )}
            </>
          }
        />
        {isNoteOpen && (
          <NoteInput
            id={noteId}
            context={legend}
            note={note}
            previousNote={previousFinding?.note ?? null}
            issue={noteIssue}
            focusOnOpen={noteAsked === 'yes' && note === ''}
            onChange={(text) => {
              // An emptied note stays open while she is in it; leaving it empty folds it away.
              if (text === '') setNoteAsked('yes');
              store.updateBody((body) => {
                const current = findingFor(body.checkpointFindings, id, side);
                return withFinding(body, id, side, findingWithNote(current, id, side, text));
              });
            }}
            onClose={(byKey) => setNoteAsked(byKey ? 'closed-by-key' : 'no')}
          />
        )}
      </div>
    </div>
  );
});
