import type { LibraryExercise } from '../../../shared/channels/exercises';
import { invoke } from '../../api';
import { ImageFileControls } from '../../components/ImageFileControls';

/** Add, replace or remove the practitioner's photo of an exercise. */
export function ExercisePhotoControls({
  exercise,
  onChanged,
}: {
  exercise: LibraryExercise;
  onChanged: (exercise: LibraryExercise, message: string) => void;
}) {
  const hasPhoto = exercise.photoHash !== null;
  return (
    <ImageFileControls
      hasImage={hasPhoto}
      testId="exercise-photo-input"
      labels={{
        add: 'Add a photo…',
        replace: 'Replace photo…',
        remove: 'Remove photo',
        hint: hasPhoto
          ? 'Your photo is shown here, in the library and on handouts.'
          : 'A JPEG, PNG or HEIC photo from your camera or phone. It is shown here, in the library and on handouts.',
      }}
      onFile={async ({ name, dataBase64 }) => {
        const result = await invoke('exercises:setPhoto', {
          id: exercise.id,
          fileName: name,
          dataBase64,
        });
        if (!result.ok) return result.error.message;
        onChanged(result.value, hasPhoto ? 'The photo was replaced.' : 'The photo was added.');
        return null;
      }}
      onRemove={async () => {
        const result = await invoke('exercises:removePhoto', { id: exercise.id });
        if (!result.ok) return result.error.message;
        onChanged(result.value, 'The photo was removed.');
        return null;
      }}
    />
  );
}
