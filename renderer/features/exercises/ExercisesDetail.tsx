/**
 * One exercise in full: its picture, purpose, steps, cues, muscles and default dosage, with the
 * practitioner's photo to add or change. Her own exercises can be edited, retired and restored;
 * built-in ones are copied first.
 */
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { LibraryExercise } from '../../../shared/channels/exercises';
import { regionLabels } from '../../../shared/domain/exercises';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { ExerciseDetails } from './ExerciseDetails';
import { ExerciseFigure } from './ExerciseFigure';
import { ExercisePhotoControls } from './ExercisePhotoControls';
import { BackToExercises } from '../../components/BackLink';
import { RetireDialog } from './RetireDialog';
import { useLibrary } from './useLibrary';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { PhaseBadge } from './PhaseBadge';

export function ExercisesDetail({ id }: { id: string }) {
  const { load, reload } = useLibrary();
  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  const exercise =
    load.status === 'ready' ? load.exercises.find((each) => each.id === id) : undefined;
  if (!exercise) {
    return (
      <div className="page">
        <PageHeader title="Exercise not found" before={<BackToExercises />} focusOnArrival />
        <AlertBanner title="This exercise could not be opened.">
          <p>
            {load.status === 'failed'
              ? load.error.message
              : 'It is not in the library. Go back to the exercises and choose another.'}
          </p>
        </AlertBanner>
      </div>
    );
  }
  return <ExercisePage key={exercise.id} exercise={exercise} onChanged={reload} />;
}

function ExercisePage({
  exercise,
  onChanged,
}: {
  exercise: LibraryExercise;
  onChanged: () => void;
}) {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const here = `/exercises/${exercise.id}`;

  const copyToEdit = async () => {
    setBusy(true);
    setProblem(null);
    const result = await invoke('exercises:copy', { id: exercise.id });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    const editPage = `/exercises/${result.value.id}/edit`;
    showNotice(`“${result.value.name}” was made. Adjust it and save.`, editPage);
    navigate(editPage);
  };

  const restore = async () => {
    setBusy(true);
    setProblem(null);
    const result = await invoke('exercises:restore', { id: exercise.id });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    showNotice(`“${exercise.name}” is back in the library.`, here);
    onChanged();
  };

  const actions = exercise.builtIn ? (
    <button
      type="button"
      className="button button-primary"
      disabled={busy}
      onClick={() => void copyToEdit()}
    >
      {busy ? 'Copying…' : 'Copy to edit'}
    </button>
  ) : (
    <>
      {exercise.retiredAt ? (
        <button type="button" className="button" disabled={busy} onClick={() => void restore()}>
          Restore
        </button>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          Retire
        </button>
      )}
      <Link href={`${here}/edit`} className="button button-primary">
        Edit
      </Link>
    </>
  );

  return (
    <div className="page exercise-page">
      <PageHeader
        title={exercise.name}
        before={<BackToExercises />}
        subtitle={<ExerciseSubtitle exercise={exercise} />}
        actions={actions}
        focusOnArrival
      />
      {problem && (
        <AlertBanner title="That did not work.">
          <p>{problem}</p>
        </AlertBanner>
      )}
      {exercise.retiredAt && (
        <p className="archive-label exercise-retired-note">
          <span>
            <strong>Retired.</strong> It is hidden from the library and the program builder.
            Programs that already use it keep it. Restore it to add it to new programs.
          </span>
        </p>
      )}
      {exercise.builtIn && (
        <p className="muted exercise-builtin-note">
          Built-in exercises stay as they are so every program that uses them keeps working. Copy
          this one to change its words or dosage; your photo can be added to either.
        </p>
      )}
      <div className="exercise-layout">
        <div className="card exercise-picture-panel">
          <ExerciseFigure exercise={exercise} size="large" />
          <ExercisePhotoControls
            exercise={exercise}
            onChanged={(_updated, message) => {
              showNotice(message, here);
              onChanged();
            }}
          />
        </div>
        <div className="card">
          <ExerciseDetails exercise={exercise} />
        </div>
      </div>
      {asking && (
        <RetireDialog
          exercise={exercise}
          onCancel={() => setAsking(false)}
          onDone={(retired) => {
            setAsking(false);
            showNotice(`“${retired.name}” was retired. Programs that use it keep it.`, here);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function ExerciseSubtitle({ exercise }: { exercise: LibraryExercise }) {
  return (
    <span className="exercise-subtitle">
      <PhaseBadge phase={exercise.phase} />
      <span>{exercise.regions.map((region) => regionLabels[region]).join(', ')}</span>
      <span className="muted">{exercise.builtIn ? 'Built-in' : 'Your own exercise'}</span>
    </span>
  );
}
