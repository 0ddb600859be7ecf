/**
 * What an erase on a studio's server cannot reach, in words for the practitioner. Stance rewrites
 * its own backups of this computer's file without her; backups of the studio's server are the
 * studio's, so it says which hold her and who decides about them.
 */
import fs from 'node:fs';
import type { DataAccess } from '../data-access';
import { studioBackupsFolder } from '../studio/studio-backup';

export async function studioCopiesLeft(
  data: DataAccess,
  clientId: string,
  name: string,
): Promise<string> {
  const dumps = studioDumpsIn(data.paths.backups);
  const here =
    dumps === 0
      ? ''
      : dumps === 1
        ? 'the studio backup in this computer’s backups folder (backups/studio), '
        : `the ${dumps} studio backups in this computer’s backups folder (backups/studio), `;
  const sentences = [
    `${name} is erased from the studio database. Backups of it made before now still hold ${name}’s record: ${here}studio backups made on other computers, and the backups the server keeps itself. Stance does not change backups of the studio database; the studio’s owner decides whether to delete or keep them.`,
  ];
  if (await stillInTheFile(data, clientId))
    sentences.push(
      `${name} is also still in this computer’s own file, where the record was before it moved to the studio. To erase it there, go back to this computer’s file in Settings → Studio database and erase ${name} again.`,
    );
  return sentences.join(' ');
}

function studioDumpsIn(backupsDir: string): number {
  try {
    return fs.readdirSync(studioBackupsFolder(backupsDir)).filter((name) => name.endsWith('.dump'))
      .length;
  } catch {
    return 0;
  }
}

/** A move copies her from the file and leaves the file as it was. */
async function stillInTheFile(data: DataAccess, clientId: string): Promise<boolean> {
  const file = data.current();
  return file !== null && (await file.stores.clients.find(clientId)) !== undefined;
}
