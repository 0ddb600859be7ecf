/**
 * Builds a home-exercise program from one assessment: the suggestions with their reasons to accept
 * or leave, exercises added from the library, the order and dosage of each, then saved in one go.
 * A program already made from the assessment opens for editing instead of fresh suggestions.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'wouter';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { AssessmentSuggestion, Program } from '../../shared/channels/programs';
import type { Dosage, ExercisePhase } from '../../shared/domain/exercises';
import { exercisePhases, phaseLabels } from '../../shared/domain/exercises';
import { COMFORTABLE_PROGRAM_SIZE } from '../../shared/domain/programs/suggest';
import type { AppErrorShape, FieldIssue } from '../../shared/errors';
import { invoke } from '../api';
import { AlertBanner } from '../components/AlertBanner';
import { PageHeader } from '../components/PageHeader';

/** Numbers stay as typed until saving, so main's messages explain what is wrong with them. */
interface DosageDraft {
  kind: Dosage['kind'];
  sets: string;
  reps: string;
  holdSeconds: string;
  pauseSeconds: number | undefined;
  perSide: boolean;
  timesPerDay: string;
  daysPerWeek: string;
}

interface Item {
  key: string;
  exerciseId: string;
  name: string;
  phase: ExercisePhase | null;
  reasons: readonly string[];
  dosage: DosageDraft;
  notes: string;
}

interface Loaded {
  programId: string | null;
  title: string;
  notes: string;
  items: Item[];
  suggestion: AssessmentSuggestion | null;
  library: LibraryExercise[];
}

type Load =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorShape }
  | { status: 'ready'; data: Loaded };

const DEFAULT_TITLE = 'Home exercises';

const toDraft = (dosage: Dosage): DosageDraft => ({
  kind: dosage.kind,
  sets: String(dosage.sets),
  reps: dosage.kind === 'reps' ? String(dosage.reps) : '10',
  holdSeconds: dosage.kind === 'hold' ? String(dosage.holdSeconds) : '30',
  pauseSeconds: dosage.kind === 'reps' ? dosage.pauseSeconds : undefined,
  perSide: dosage.perSide,
  timesPerDay: String(dosage.timesPerDay),
  daysPerWeek: String(dosage.daysPerWeek),
});

/** Left as typed when it is not a number, so main answers "must be a number". */
const numberOf = (value: string): number | string =>
  value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);

function fromDraft(draft: DosageDraft) {
  const frequency = {
    sets: numberOf(draft.sets),
    perSide: draft.perSide,
    timesPerDay: numberOf(draft.timesPerDay),
    daysPerWeek: numberOf(draft.daysPerWeek),
  };
  if (draft.kind === 'hold')
    return { kind: 'hold', holdSeconds: numberOf(draft.holdSeconds), ...frequency };
  return {
    kind: 'reps',
    reps: numberOf(draft.reps),
    ...(draft.pauseSeconds === undefined ? {} : { pauseSeconds: draft.pauseSeconds }),
    ...frequency,
  };
}

let nextKey = 0;
const newKey = () => `item-${++nextKey}`;

async function loadBuilder(clientId: string, assessmentId: string): Promise<Load> {
  const [list, library] = await Promise.all([
    invoke('programs:listForClient', { clientId }),
    invoke('exercises:list', { includeRetired: false }),
  ]);
  if (!list.ok) return { status: 'failed', error: list.error };
  if (!library.ok) return { status: 'failed', error: library.error };
  const existing = list.value.find((program) => program.assessmentId === assessmentId);
  if (existing) {
    const program = await invoke('programs:get', { id: existing.id });
    if (!program.ok) return { status: 'failed', error: program.error };
    return { status: 'ready', data: fromProgram(program.value, library.value) };
  }
  const suggestion = await invoke('programs:suggest', { assessmentId });
  if (!suggestion.ok) return { status: 'failed', error: suggestion.error };
  return {
    status: 'ready',
    data: {
      programId: null,
      title: DEFAULT_TITLE,
      notes: '',
      items: [],
      suggestion: suggestion.value,
      library: library.value,
    },
  };
}

function fromProgram(program: Program, library: LibraryExercise[]): Loaded {
  return {
    programId: program.id,
    title: program.title,
    notes: program.notes,
    suggestion: null,
    library,
    items: program.items.map((item) => ({
      key: newKey(),
      exerciseId: item.exerciseId,
      name: item.exercise?.name ?? item.exerciseId,
      phase: item.exercise?.phase ?? null,
      reasons: [],
      dosage: toDraft(item.dosage),
      notes: item.notes,
    })),
  };
}

export function ProgramBuilder({
  clientId,
  assessmentId,
}: {
  clientId: string;
  assessmentId: string;
}) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void loadBuilder(clientId, assessmentId).then((next) => {
      if (current) setLoad(next);
    });
    return () => {
      current = false;
    };
  }, [clientId, assessmentId]);

  const header = (
    <PageHeader
      title="Exercise program"
      subtitle="Choose the exercises, their order and how much of each."
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
        {header}
        <AlertBanner title="The program could not be opened.">
          <p>{load.error.message}</p>
        </AlertBanner>
      </div>
    );
  }
  return (
    <div className="page program-page">
      {header}
      <Builder clientId={clientId} assessmentId={assessmentId} initial={load.data} />
    </div>
  );
}

function Builder({
  clientId,
  assessmentId,
  initial,
}: {
  clientId: string;
  assessmentId: string;
  initial: Loaded;
}) {
  const [programId, setProgramId] = useState(initial.programId);
  const [title, setTitle] = useState(initial.title);
  const [notes, setNotes] = useState(initial.notes);
  const [items, setItems] = useState<Item[]>(initial.items);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  const chosen = new Set(items.map((item) => item.exerciseId));
  const pending = (initial.suggestion?.suggestions ?? []).filter(
    (suggested) => !chosen.has(suggested.exerciseId),
  );

  const change = (next: Item[]) => {
    setItems(next);
    setSavedAt(null);
  };

  const accept = (exerciseIds: string[]) => {
    const added = (initial.suggestion?.suggestions ?? [])
      .filter((suggested) => exerciseIds.includes(suggested.exerciseId))
      .map((suggested) => ({
        key: newKey(),
        exerciseId: suggested.exerciseId,
        name: suggested.name,
        phase: suggested.phase,
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

  const save = async () => {
    setSaving(true);
    setProblem(null);
    const result = await invoke('programs:save', {
      ...(programId ? { id: programId } : {}),
      clientId,
      assessmentId,
      title,
      notes,
      items: items.map((item) => ({
        exerciseId: item.exerciseId,
        // Unchecked on purpose: main validates the dosage and words any problem for her.
        dosage: fromDraft(item.dosage) as Dosage,
        notes: item.notes,
      })),
    });
    setSaving(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setProgramId(result.value.id);
    setSavedAt(Date.now());
  };

  const issues = problem?.issues ?? [];
  const issueAt = (path: string) => issues.find((issue) => issue.path === path)?.message;

  return (
    <>
      {initial.suggestion && (
        <Suggestions
          suggestion={initial.suggestion}
          pending={pending}
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
              setSavedAt(null);
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
              setSavedAt(null);
            }}
          />
        </div>
      </section>
      {problem && (
        <AlertBanner title="The program was not saved.">
          <p>{problem.message}</p>
          {issues.length > 0 && <IssueList issues={issues} items={items} />}
        </AlertBanner>
      )}
      <div className="program-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={saving}
          onClick={() => void save()}
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
    </>
  );
}

function IssueList({ issues, items }: { issues: FieldIssue[]; items: Item[] }) {
  return (
    <ul>
      {issues.map((issue) => {
        const match = /^items\.(\d+)\./.exec(issue.path);
        const item = match ? items[Number(match[1])] : undefined;
        return (
          <li key={`${issue.path}:${issue.message}`}>
            {item ? `${item.name}: ` : ''}
            {issue.message}
          </li>
        );
      })}
    </ul>
  );
}

function Suggestions({
  suggestion,
  pending,
  onAccept,
  editing,
}: {
  suggestion: AssessmentSuggestion;
  pending: AssessmentSuggestion['suggestions'];
  onAccept: (exerciseIds: string[]) => void;
  editing: boolean;
}) {
  return (
    <section className="card program-card" aria-labelledby="suggestions-title">
      <div className="card-header">
        <h2 className="card-title" id="suggestions-title">
          Suggested from the assessment
        </h2>
        {pending.length > 1 && (
          <button
            type="button"
            className="button button-small"
            onClick={() => onAccept(pending.map((suggested) => suggested.exerciseId))}
          >
            Accept all {pending.length}
          </button>
        )}
      </div>
      {suggestion.screeningNotice && (
        <AlertBanner title="Screening is not complete.">
          <p>{suggestion.screeningNotice}</p>
        </AlertBanner>
      )}
      <p className="muted program-explanation">{suggestion.explanation}</p>
      {pending.length === 0 && suggestion.suggestions.length > 0 && !editing && (
        <p className="section-empty">Every suggestion is in the program.</p>
      )}
      {pending.length > 0 && (
        <ul className="suggestion-list">
          {pending.map((suggested) => (
            <li key={suggested.exerciseId} className="suggestion">
              <div className="suggestion-text">
                <p className="suggestion-name">
                  {suggested.name} <PhaseBadge phase={suggested.phase} />
                </p>
                <p className="muted">{dosageText(toDraft(suggested.dosage))}</p>
                <ul className="suggestion-reasons">
                  {suggested.reasons.map((reason) => (
                    <li key={`${reason.ruleId}:${reason.side}`}>{reason.text}</li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={`Accept ${suggested.name}`}
                onClick={() => onAccept([suggested.exerciseId])}
              >
                Accept
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestion.tooMany && suggestion.leftOut.length > 0 && (
        <p className="muted">
          Also relevant but left out to keep the list short:{' '}
          {suggestion.leftOut.map((left) => left.name).join(', ')}. Add them from the library if
          they matter more.
        </p>
      )}
    </section>
  );
}

function PhaseBadge({ phase }: { phase: ExercisePhase | null }) {
  if (!phase) return null;
  return <span className={`badge phase-badge phase-${phase}`}>{phaseLabels[phase]}</span>;
}

function dosageText(dosage: DosageDraft): string {
  const amount =
    dosage.kind === 'hold'
      ? `${dosage.sets} × ${dosage.holdSeconds} s hold`
      : `${dosage.sets} × ${dosage.reps} reps`;
  return `${amount}${dosage.perSide ? ' each side' : ''}, ${dosage.timesPerDay}× a day, ${dosage.daysPerWeek} days a week`;
}

interface ProgramItemRowProps {
  item: Item;
  index: number;
  last: boolean;
  issueAt: (field: string) => string | undefined;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onChange: (patch: Partial<Item>) => void;
}

function ProgramItemRow({
  item,
  index,
  last,
  issueAt,
  onMove,
  onRemove,
  onChange,
}: ProgramItemRowProps) {
  const dosage = item.dosage;
  const setDosage = (patch: Partial<DosageDraft>) => onChange({ dosage: { ...dosage, ...patch } });
  const id = (field: string) => `${item.key}-${field}`;
  const number = (
    field: 'sets' | 'reps' | 'holdSeconds' | 'timesPerDay' | 'daysPerWeek',
    label: string,
  ) => (
    <NumberField
      id={id(field)}
      label={label}
      value={dosage[field]}
      error={issueAt(`dosage.${field}`)}
      onChange={(value) => setDosage({ [field]: value })}
    />
  );

  return (
    <li className="program-item" aria-label={`${index + 1}. ${item.name}`}>
      <div className="program-item-head">
        <h3 className="program-item-name" tabIndex={-1}>
          <span className="program-item-number">{index + 1}.</span> {item.name}{' '}
          <PhaseBadge phase={item.phase} />
        </h3>
        <div className="program-item-actions">
          <button
            type="button"
            className="button button-small"
            data-move={`${item.key}:up`}
            aria-label={`Move ${item.name} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="button button-small"
            data-move={`${item.key}:down`}
            aria-label={`Move ${item.name} down`}
            disabled={last}
            onClick={() => onMove(1)}
          >
            Move down
          </button>
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={`Remove ${item.name}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </div>
      {item.reasons.length > 0 && (
        <ul className="suggestion-reasons muted">
          {item.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <fieldset className="dosage-fields">
        <legend className="visually-hidden">Dosage for {item.name}</legend>
        <div className="field">
          <label className="field-label" htmlFor={id('kind')}>
            Measured by
          </label>
          <select
            id={id('kind')}
            className="input"
            value={dosage.kind}
            onChange={(event) => setDosage({ kind: event.target.value as Dosage['kind'] })}
          >
            <option value="reps">Repetitions</option>
            <option value="hold">Hold time</option>
          </select>
        </div>
        {number('sets', 'Sets')}
        {dosage.kind === 'reps' ? number('reps', 'Reps') : number('holdSeconds', 'Hold (seconds)')}
        {number('timesPerDay', 'Times per day')}
        {number('daysPerWeek', 'Days per week')}
        <label className="dosage-check">
          <input
            type="checkbox"
            checked={dosage.perSide}
            onChange={(event) => setDosage({ perSide: event.target.checked })}
          />
          Each side
        </label>
      </fieldset>
    </li>
  );
}

function NumberField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input dosage-input"
        inputMode="numeric"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function TextField({
  id,
  label,
  value,
  error,
  multiline = false,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...shared}
          className="input textarea"
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input {...shared} className="input" onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A search box narrowing a list of the library, grouped by phase, and an Add button. */
function LibraryPicker({
  library,
  chosen,
  onAdd,
}: {
  library: LibraryExercise[];
  chosen: Set<string>;
  onAdd: (exercise: LibraryExercise) => void;
}) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');
  const matches = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return library.filter(
      (exercise) =>
        !chosen.has(exercise.id) &&
        words.every((word) => exercise.name.toLowerCase().includes(word)),
    );
  }, [library, chosen, query]);
  const current = matches.find((exercise) => exercise.id === selected) ?? matches[0];

  return (
    <div className="library-picker" role="group" aria-labelledby="library-picker-title">
      <h3 className="library-picker-title" id="library-picker-title">
        Add from the library
      </h3>
      <div className="library-picker-row">
        <div className="field">
          <label className="field-label" htmlFor="library-search">
            Search the library
          </label>
          <input
            id="library-search"
            type="search"
            className="input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="library-exercise">
            Exercise ({matches.length} found)
          </label>
          <select
            id="library-exercise"
            className="input"
            value={current?.id ?? ''}
            disabled={matches.length === 0}
            onChange={(event) => setSelected(event.target.value)}
          >
            {matches.length === 0 && <option value="">No exercise matches</option>}
            {exercisePhases.map((phase) => {
              const inPhase = matches.filter((exercise) => exercise.phase === phase);
              if (inPhase.length === 0) return null;
              return (
                <optgroup key={phase} label={phaseLabels[phase]}>
                  {inPhase.map((exercise) => (
                    <option key={exercise.id} value={exercise.id}>
                      {exercise.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={!current}
          onClick={() => {
            if (!current) return;
            onAdd(current);
            setQuery('');
            setSelected('');
          }}
        >
          Add to the program
        </button>
      </div>
    </div>
  );
}
