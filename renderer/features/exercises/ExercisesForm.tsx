/** The form pages for the practitioner's own exercises: a new one, and editing one she has. */
import { useLocation } from 'wouter';
import { invoke } from '../../api';
import { AlertBanner } from '../../components/AlertBanner';
import { BackToExercises } from '../../components/BackLink';
import { ExerciseEditor } from './ExerciseEditor';
import { blankExercise, valuesOf } from './exercise-form';
import { useLibrary } from './useLibrary';
import { useNotice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';

export function NewExercise() {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  return (
    <div className="page page-form exercise-form-page">
      <PageHeader
        title="New exercise"
        before={<BackToExercises />}
        subtitle="Write it as you would explain it to a client. You can add a photo once it is saved."
        focusOnArrival
      />
      <ExerciseEditor
        label="New exercise"
        initial={blankExercise}
        submit={(fields) => invoke('exercises:create', fields)}
        onSaved={(exercise) => {
          const page = `/exercises/${exercise.id}`;
          showNotice(`“${exercise.name}” was added to your exercises.`, page);
          navigate(page, { replace: true });
        }}
        onCancel={() => navigate('/exercises')}
      />
    </div>
  );
}

export function EditExercise({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const { showNotice } = useNotice();
  const { load } = useLibrary();
  const page = `/exercises/${id}`;
  if (load.status === 'loading') return <div className="page" aria-busy="true" />;
  const exercise =
    load.status === 'ready' ? load.exercises.find((each) => each.id === id) : undefined;
  const header = (title: string) => (
    <PageHeader title={title} before={<BackToExercises />} focusOnArrival />
  );
  if (!exercise || exercise.builtIn) {
    return (
      <div className="page">
        {header('This exercise cannot be edited')}
        <AlertBanner title="There is nothing to edit here.">
          <p>
            {load.status === 'failed'
              ? load.error.message
              : exercise
                ? 'Built-in exercises stay as they are. Open it and choose “Copy to edit” to make your own version.'
                : 'It is not in the library. Go back to the exercises and choose another.'}
          </p>
        </AlertBanner>
      </div>
    );
  }
  return (
    <div className="page page-form exercise-form-page">
      {header(`Edit “${exercise.name}”`)}
      <ExerciseEditor
        key={exercise.id}
        label={`Edit ${exercise.name}`}
        initial={valuesOf(exercise)}
        submit={(fields) => invoke('exercises:update', { ...fields, id })}
        onSaved={(saved) => {
          showNotice(`Your changes to “${saved.name}” were saved.`, page);
          navigate(page, { replace: true });
        }}
        onCancel={() => navigate(page)}
      />
    </div>
  );
}
