/**
 * Builds a home-exercise program from one assessment: the suggestions with their reasons to accept
 * or leave, exercises added from the library, the order and dosage of each, then saved in one go.
 * A program already made from the assessment opens for editing instead of fresh suggestions.
 */
import type { LibraryExercise } from '../../../shared/channels/exercises';
import { COMFORTABLE_PROGRAM_SIZE } from '../../../shared/domain/programs/suggest';
import { AlertBanner } from '../../components/AlertBanner';
import { PageHeader } from '../../components/PageHeader';
import { IssueList } from './IssueList';
import { LibraryPicker } from './LibraryPicker';
import { DiscardKeptProgram, ProgramServerAway, ReplacedProgramNotice } from './ProgramKeptNotices';
import { readKeptProgram } from './kept-program';
import { useProgramSave } from './useProgramSave';
import { ProgramItemRow } from './ProgramItemRow';
import { Suggestions } from './Suggestions';
import { TextField } from './TextField';
import { type Item, type Load, type Loaded, loadBuilder, newKey, toDraft } from './program-draft';
import { useLeaveGuard } from '../../hooks/useLeaveGuard';
import { useAnswer } from '../../hooks/useLoad';
import { formatCalendarDate } from '../../lib/format';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'wouter';

const LOADING: Load = { status: 'loading' };

export function ProgramBuilder({
  clientId,
  assessmentId,
}: {
  clientId: string;
  assessmentId: string;
}) {
  const { answer, reload } = useAnswer(`${clientId}/${assessmentId}`, () =>
    loadBuilder(clientId, assessmentId),
  );
  // After she discards a kept copy the builder starts again from the program as saved.
  const [stale, setStale] = useState<Load | null>(null);
  const [generation, setGeneration] = useState(0);
  const load: Load = (answer === stale ? null : answer) ?? LOADING;
  const startAgain = () => {
    setStale(answer);
    setGeneration((count) => count + 1);
    reload();
  };

  const header = (title: string, subtitle: string) => (
    <PageHeader
      title={title}
      subtitle={subtitle}
      before={
        <Link href={`/clients/${clientId}`} className="back-link">
          Back to the client
        </Link>
      }
      focusOnArrival
    />
  );

  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  if (load.status === 'failed') {
    return (
      <div className="page">
        {header('Exercise program', 'Choose the exercises, their order and how much of each.')}
        <AlertBanner title="The program could not be opened.">
          <p>{load.error.message}</p>
        </AlertBanner>
      </div>
    );
  }
  return (
    <div className="page program-page">
      {header(
        `Exercise program for ${load.data.clientName}`,
        `From the visit of ${formatCalendarDate(load.data.assessedOn)}. Choose the exercises, their order and how much of each.`,
      )}
      <Builder
        key={generation}
        clientId={clientId}
        assessmentId={assessmentId}
        initial={load.data}
        onDiscarded={startAgain}
      />
    </div>
  );
}

function Builder({
  clientId,
  assessmentId,
  initial,
  onDiscarded,
}: {
  clientId: string;
  assessmentId: string;
  initial: Loaded;
  onDiscarded: () => void;
}) {
  // Her program kept on this computer while the studio server was away opens again.
  const [restored] = useState(() => readKeptProgram(clientId, assessmentId));
  const start = restored?.values ?? initial;
  const [title, setTitle] = useState(start.title);
  const [notes, setNotes] = useState(start.notes);
  const [items, setItems] = useState<Item[]>([...start.items]);
  const saver = useProgramSave({
    clientId,
    assessmentId,
    initial,
    restored,
    current: { title, notes, items },
  });
  const { programId, saving, problem, savedAt, clearSavedAt: setSavedAtNull } = saver;
  // Kept on this computer, her changes are not lost by leaving: nothing to ask.
  const guard = useLeaveGuard(
    saver.changed && !saver.kept,
    'The changes to this program have not been saved and will be lost.',
  );
  const libraryById = new Map(initial.library.map((exercise) => [exercise.id, exercise]));

  const chosen = new Set(items.map((item) => item.exerciseId));
  const suggested = initial.suggestion
    ? [...initial.suggestion.suggestions, ...initial.suggestion.alsoSuggested]
    : [];

  const change = (next: Item[]) => {
    setItems(next);
    setSavedAtNull();
  };

  const accept = (exerciseIds: string[]) => {
    const added = suggested
      .filter((suggested) => exerciseIds.includes(suggested.exerciseId))
      .map((suggested) => ({
        key: newKey(),
        exerciseId: suggested.exerciseId,
        name: suggested.name,
        phase: suggested.phase,
        photoHash: libraryById.get(suggested.exerciseId)?.photoHash ?? null,
        illustration: suggested.illustration,
        reasons: suggested.reasons.map((reason) => reason.text),
        dosage: toDraft(suggested.dosage),
        notes: '',
      }));
    change([...items, ...added]);
  };

  const addFromLibrary = (exercise: LibraryExercise) => {
    change([
      ...items,
      {
        key: newKey(),
        exerciseId: exercise.id,
        name: exercise.name,
        phase: exercise.phase,
        photoHash: exercise.photoHash,
        illustration: exercise.illustration,
        reasons: [],
        dosage: toDraft(exercise.dosage),
        notes: '',
      },
    ]);
  };

  const move = (key: string, by: -1 | 1) => {
    const from = items.findIndex((item) => item.key === key);
    const to = from + by;
    const moving = items[from];
    if (!moving || to < 0 || to >= items.length) return;
    const next = items.filter((item) => item.key !== key);
    next.splice(to, 0, moving);
    // Focus follows the exercise; at the top or bottom the other button is the one still usable.
    flushSync(() => change(next));
    const direction = (to === 0 && by < 0) || (to === next.length - 1 && by > 0) ? -by : by;
    document
      .querySelector<HTMLButtonElement>(`[data-move="${key}:${direction > 0 ? 'down' : 'up'}"]`)
      ?.focus();
  };

  const remove = (key: string) => {
    const index = items.findIndex((item) => item.key === key);
    flushSync(() => change(items.filter((item) => item.key !== key)));
    // Focus lands on the next exercise's name, or the list heading when none is left.
    const stops = document.querySelectorAll<HTMLElement>('.program-item-name');
    (
      stops[Math.min(index, stops.length - 1)] ?? document.getElementById('program-items-title')
    )?.focus();
  };

  const update = (key: string, patch: Partial<Item>) =>
    change(items.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  // The bar stays in view while she reads the suggestions; its summary leads to the full list.
  const goToList = () => {
    const heading = document.getElementById('program-items-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  const issues = problem?.issues ?? [];
  const issueAt = (path: string) => issues.find((issue) => issue.path === path)?.message;

  return (
    <>
      <ReplacedProgramNotice saver={saver} onDiscarded={onDiscarded} />
      {initial.suggestion && (
        <Suggestions
          suggestion={initial.suggestion}
          chosen={chosen}
          onAccept={accept}
          editing={programId !== null}
        />
      )}
      <section className="card program-card" aria-labelledby="program-items-title">
        <div className="card-header">
          <h2 className="card-title" id="program-items-title" tabIndex={-1}>
            In the program ({items.length})
          </h2>
        </div>
        {items.length > COMFORTABLE_PROGRAM_SIZE && (
          <p className="program-warning" role="status">
            That is {items.length} exercises. Clients tend to keep doing a short list and drop a
            long one, so {COMFORTABLE_PROGRAM_SIZE} or fewer is a good aim; the rest can wait for a
            later program.
          </p>
        )}
        {items.length === 0 ? (
          <p className="section-empty">
            No exercises yet. Accept suggestions above or add one from the library below.
          </p>
        ) : (
          <ol className="program-items">
            {items.map((item, index) => (
              <ProgramItemRow
                key={item.key}
                item={item}
                index={index}
                last={index === items.length - 1}
                issueAt={(field) => issueAt(`items.${index}.${field}`)}
                onMove={(by) => move(item.key, by)}
                onRemove={() => remove(item.key)}
                onChange={(patch) => update(item.key, patch)}
              />
            ))}
          </ol>
        )}
        <LibraryPicker library={initial.library} chosen={chosen} onAdd={addFromLibrary} />
      </section>
      <section className="card program-card" aria-labelledby="program-details-title">
        <h2 className="card-title" id="program-details-title">
          Title and notes
        </h2>
        <div className="program-details">
          <TextField
            id="program-title"
            label="Title"
            value={title}
            error={issueAt('title')}
            onChange={(value) => {
              setTitle(value);
              setSavedAtNull();
            }}
          />
          <TextField
            id="program-notes"
            label="Notes for the client"
            multiline
            value={notes}
            error={issueAt('notes')}
            onChange={(value) => {
              setNotes(value);
              setSavedAtNull();
            }}
          />
        </div>
      </section>
      <ProgramServerAway saver={saver} />
      {problem && (
        <AlertBanner
          title="The program was not saved."
          reveal
          actions={
            // Her kept copy would come back each time the page opens: she can let it go here.
            saver.kept && <DiscardKeptProgram saver={saver} onDiscarded={onDiscarded} />
          }
        >
          <p>{problem.message}</p>
          {issues.length > 0 && <IssueList issues={issues} items={items} />}
        </AlertBanner>
      )}
      <div className="program-actions" role="region" aria-label="Save the program">
        <p className="program-summary">
          <button type="button" className="link-button" onClick={goToList}>
            {items.length === 0
              ? 'Nothing in the program yet'
              : `In the program (${items.length}):`}
          </button>{' '}
          {items.map((item) => item.name).join(', ')}
        </p>
        <button
          type="button"
          className="button button-primary"
          disabled={saving}
          onClick={() => void saver.save()}
        >
          {saving ? 'Saving…' : 'Save program'}
        </button>
        {programId && (
          <Link href={`/clients/${clientId}/handout/${programId}`} className="button">
            Preview the handout
          </Link>
        )}
        <p role="status" className="program-saved">
          {savedAt !== null ? 'The program was saved.' : ''}
        </p>
      </div>
      {guard.dialog}
    </>
  );
}
