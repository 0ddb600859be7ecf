import type { MoveOutcome, MoveProgress } from '../../../shared/domain/studio-move';

const counted = (count: number, one: string, several: string) =>
  `${count} ${count === 1 ? one : several}`;

/** "1 client, 3 assessments and 2 photos". */
function listed(parts: readonly string[]): string {
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** What she is told when the move has finished and been checked on the server. */
export function movedText({ moved, keptStudios }: MoveOutcome): string {
  const records = listed([
    counted(moved.clients, 'client', 'clients'),
    `${counted(moved.assessments, 'assessment', 'assessments')} (${counted(moved.revisions, 'saved version', 'saved versions')})`,
    counted(moved.programs, 'program', 'programs'),
    counted(moved.exercises, 'exercise of your own', 'exercises of your own'),
    counted(moved.photos, 'photo', 'photos'),
    counted(moved.clips, 'movement clip', 'movement clips'),
  ]);
  const kept = keptStudios.settings + keptStudios.exercisePhotos;
  const files =
    moved.files === 0
      ? ''
      : moved.files === 1
        ? ', and the one photo or clip file read back exactly as it is on this computer'
        : `, and all ${moved.files} photo and clip files read back exactly as they are on this computer`;
  return (
    `Moved and checked: ${records}. The studio database counted every one${files}. ` +
    (kept > 0
      ? `Where the studio already had its own settings or exercise photos, it kept them (${kept}). `
      : '') +
    'Your records on this computer are unchanged.'
  );
}

export function progressText(progress: MoveProgress): string {
  switch (progress.step) {
    case 'checking':
      return 'Checking the studio database for the same records…';
    case 'records':
      return `Copying records: ${progress.done} of ${progress.total}`;
    case 'files':
      return `Copying photos and clips: ${progress.done} of ${progress.total}`;
    case 'verifying':
      return 'Counting everything on the studio database and checking every file…';
  }
}
