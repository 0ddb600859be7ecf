/**
 * Settings → Studio database → "Move my records to the studio": on the saved connection, one move
 * at a time, progress sent to the window as it goes.
 */
import { AppError } from '../../shared/errors';
import type { MoveOutcome } from '../../shared/domain/studio-move';
import type { Host } from '../host';
import type { Session } from '../session';
import { moveRecords } from '../studio/move-records';
import { openSavedStudioPool } from '../studio/saved-pool';

let moving = false;

export async function moveRecordsToStudio(session: Session, host: Host): Promise<MoveOutcome> {
  if (moving)
    throw new AppError(
      'conflict',
      'Your records are already being moved to the studio. Wait for that move to finish.',
    );
  moving = true;
  try {
    const pool = await openSavedStudioPool(session.paths.dataDir, host.secrets, {
      max: 1,
      applicationName: 'Stance (moving records)',
    });
    try {
      return await moveRecords({ database: session.paths.database, photos: session.photos }, pool, {
        now: session.now,
        onProgress: (progress) => host.emit('studio:moveProgress', progress),
      });
    } finally {
      await pool.end();
    }
  } finally {
    moving = false;
  }
}
