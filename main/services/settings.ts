import {
  FALLBACK_LOCALE,
  settingKeys,
  settingsFromStored,
  type Settings,
} from '../../shared/domain/settings';
import { readSettingValues, writeSettingValues } from '../db/repositories/settings';
import { importLogo } from '../photos/logo';
import type { Session } from '../session';

/**
 * `locale` is the system's regional format (Electron's `app.getSystemLocale()`): anything not
 * set yet takes its default from it.
 */
export function readSettings({ db }: Session, locale: string = FALLBACK_LOCALE): Settings {
  return settingsFromStored(readSettingValues(db, settingKeys), locale);
}

export function updateSettings(
  session: Session,
  changes: Readonly<Record<string, unknown>>,
  locale?: string,
): Settings {
  writeSettingValues(session.db, changes);
  return readSettings(session, locale);
}

/** The previous logo's file is left to the orphan sweep, so backups taken before still find it. */
export async function setLogo(
  session: Session,
  { fileName, dataBase64 }: { fileName: string; dataBase64: string },
  locale?: string,
): Promise<Settings> {
  await importLogo(session.db, session.photos, {
    fileName,
    bytes: Buffer.from(dataBase64, 'base64'),
  });
  return readSettings(session, locale);
}
