import { useRef, useState } from 'react';
import { IMAGE_FILE_ACCEPT, MAX_IMAGE_FILE_BYTES, readFileAsBase64 } from '../lib/read-file';

export interface ImageFileLabels {
  add: string;
  replace: string;
  remove: string;
  /** Shown under the buttons while there is no problem to explain. */
  hint: string;
}

interface ImageFileControlsProps {
  hasImage: boolean;
  labels: ImageFileLabels;
  /** Sends the file to main; answers main's message when it was refused, null when it was kept. */
  onFile: (file: { name: string; dataBase64: string }) => Promise<string | null>;
  /** Answers main's message when removing failed, null when it worked. */
  onRemove: () => Promise<string | null>;
  testId?: string;
}

/**
 * Add, replace or remove one stored image (an exercise photo, the studio logo). The file goes to
 * main as it is: main reads it by its bytes and explains any refusal, which is shown right here.
 */
export function ImageFileControls({
  hasImage,
  labels,
  onFile,
  onRemove,
  testId,
}: ImageFileControlsProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'adding' | 'removing' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (file: File) => {
    setBusy('adding');
    setProblem(null);
    // Checked here so a huge file is not read and encoded only to be turned away.
    const dataBase64 = file.size > MAX_IMAGE_FILE_BYTES ? null : await readFileAsBase64(file);
    const refusal =
      file.size > MAX_IMAGE_FILE_BYTES
        ? `“${file.name}” is larger than 30 MB. Use a smaller copy.`
        : dataBase64 === null
          ? `“${file.name}” could not be read from the disk. Copy it again and retry.`
          : await onFile({ name: file.name, dataBase64 });
    setBusy(null);
    setProblem(refusal);
  };

  const remove = async () => {
    setBusy('removing');
    setProblem(null);
    const refusal = await onRemove();
    setBusy(null);
    setProblem(refusal);
  };

  return (
    <div className="image-file-controls">
      <input
        ref={input}
        type="file"
        accept={IMAGE_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <div className="image-file-buttons">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          {busy === 'adding' ? 'Adding…' : hasImage ? labels.replace : labels.add}
        </button>
        {hasImage && (
          <button
            type="button"
            className="button button-danger-outline"
            disabled={busy !== null}
            onClick={() => void remove()}
          >
            {busy === 'removing' ? 'Removing…' : labels.remove}
          </button>
        )}
      </div>
      {problem ? (
        <p className="field-error image-file-problem" role="alert">
          {problem}
        </p>
      ) : (
        <p className="field-hint">{labels.hint}</p>
      )}
    </div>
  );
}
